package dev.errorcontract.processor.derive;

import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The vocabulary of template argument types ({@code @Arg(type = ...)}): every type a detail may hold, and
 * what it means everywhere it matters. Each constant says how the argument is written in a body member
 * ({@link #json()}: a number, a boolean or a string), whether it renders as digits and a sign only
 * ({@link #integral()}, which tells the ambiguity check how much text a placeholder can stand for), and
 * how the decoder reads its text back ({@link #reading()}). Every argument renders with {@code
 * String.valueOf}; a type outside the vocabulary is {@code arg-type-unsupported}.
 *
 * <p>This is the one place deciding it: the validators, the description, the decoder and the
 * documentation ask this enum. A new supported type is a new constant here, with an example type and a
 * text it renders ({@link #example()}, {@link #exampleText()}); {@code ArgumentTypeTest} compiles a
 * catalog with an argument of every constant's example and checks each renders and decodes back.
 */
public enum ArgumentType {
  BYTE("byte", "java.lang.Byte", ErrorModel.Json.NUMBER, Reading.ARGUMENTS, "parseByte", "byte", "-7"),
  SHORT("short", "java.lang.Short", ErrorModel.Json.NUMBER, Reading.ARGUMENTS, "parseShort", "short", "300"),
  INT("int", "java.lang.Integer", ErrorModel.Json.NUMBER, Reading.ARGUMENTS, "parseInt", "int", "42"),
  LONG("long", "java.lang.Long", ErrorModel.Json.NUMBER, Reading.ARGUMENTS, "parseLong", "java.lang.Long",
      "-9000000000"),
  FLOAT("float", "java.lang.Float", ErrorModel.Json.STRING, Reading.ARGUMENTS, "parseFloat", "float", "1.5"),
  DOUBLE("double", "java.lang.Double", ErrorModel.Json.STRING, Reading.ARGUMENTS, "parseDouble",
      "java.lang.Double", "0.25"),
  BOOLEAN("boolean", "java.lang.Boolean", ErrorModel.Json.BOOLEAN, Reading.ARGUMENTS, "parseBoolean", "boolean",
      "true"),
  CHAR("char", "java.lang.Character", ErrorModel.Json.STRING, Reading.ARGUMENTS, "parseChar",
      "java.lang.Character", "x"),
  STRING(null, "java.lang.String", ErrorModel.Json.STRING, Reading.TEXT, null, "java.lang.String", "nonce 7"),
  CHAR_SEQUENCE(null, "java.lang.CharSequence", ErrorModel.Json.STRING, Reading.TEXT, null,
      "java.lang.CharSequence", "text"),
  BIG_INTEGER(null, "java.math.BigInteger", ErrorModel.Json.NUMBER, Reading.CONSTRUCTOR, null,
      "java.math.BigInteger", "123456789012345678901234567890"),
  BIG_DECIMAL(null, "java.math.BigDecimal", ErrorModel.Json.STRING, Reading.CONSTRUCTOR, null,
      "java.math.BigDecimal", "3.14"),
  UUID(null, "java.util.UUID", ErrorModel.Json.STRING, Reading.FACTORY, "fromString", "java.util.UUID",
      "123e4567-e89b-12d3-a456-426614174000"),
  URI(null, "java.net.URI", ErrorModel.Json.STRING, Reading.FACTORY, "create", "java.net.URI",
      "https://example.com/a?b=c"),
  /** A {@code java.time} value without a {@code parse(CharSequence)} of its own. */
  ZONE_OFFSET(null, "java.time.ZoneOffset", ErrorModel.Json.STRING, Reading.FACTORY, "of", "java.time.ZoneOffset",
      "+02:00"),
  /** Any enum: its constant's name. */
  ENUM(null, null, ErrorModel.Json.STRING, Reading.FACTORY, "valueOf", "java.time.DayOfWeek", "MONDAY"),
  /**
   * A {@code java.time} value ({@code Instant}, {@code LocalDate}, ..., a {@code TemporalAccessor} of that
   * package), or a {@code Duration} or a {@code Period}: read back by its {@code parse(CharSequence)}.
   */
  TIME(null, null, ErrorModel.Json.STRING, Reading.PARSE, "parse", "java.time.Instant", "2026-12-07T20:05:59Z");

  /** How the decoder reads an argument's text back into its type. */
  public enum Reading {
    /** The text itself. */
    TEXT,
    /** The runtime's {@code Arguments.<method>(text)}, exact for what {@code String.valueOf} writes. */
    ARGUMENTS,
    /** {@code new Type(text)}, kept only if it renders as the text again. */
    CONSTRUCTOR,
    /** {@code Type.<method>(text)}, kept only if it renders as the text again. */
    FACTORY,
    /** {@code Type.parse(text)} where the type has a static {@code parse(CharSequence)}, kept only if it renders as the text again. */
    PARSE
  }

  private final String primitive;
  private final String qualifiedName;
  private final ErrorModel.Json json;
  private final Reading reading;
  private final String method;
  private final String example;
  private final String exampleText;

  ArgumentType(String primitive, String qualifiedName, ErrorModel.Json json, Reading reading, String method,
      String example, String exampleText) {
    this.primitive = primitive;
    this.qualifiedName = qualifiedName;
    this.json = json;
    this.reading = reading;
    this.method = method;
    this.example = example;
    this.exampleText = exampleText;
  }

  /** How the argument is written where a body member holds it. */
  public ErrorModel.Json json() {
    return json;
  }

  /** Whether the argument renders as digits and a sign only: the integral types. */
  public boolean integral() {
    return json == ErrorModel.Json.NUMBER;
  }

  /**
   * Whether an argument of this kind is {@code Serializable}: the generated exception keeps one that is
   * not in a transient field. Only a {@code CharSequence} may not be.
   */
  public boolean serializable() {
    return this != CHAR_SEQUENCE;
  }

  /** How the decoder reads the text back. */
  public Reading reading() {
    return reading;
  }

  /** The method {@link #reading()} calls ({@code parseInt}, {@code fromString}...); null for the others. */
  public String method() {
    return method;
  }

  /** A type of this kind, as written in {@code @Arg(type = ...)} without {@code .class}. */
  public String example() {
    return example;
  }

  /** A text an argument of {@link #example()} renders as, exactly. */
  public String exampleText() {
    return exampleText;
  }

  /**
   * The kind of {@code type} if it may be one of the vocabulary; a {@code java.time} type is taken for
   * {@link #TIME} without checking that it is a {@code TemporalAccessor}, which only {@link #supported}
   * does. For the phases after validation, where every argument type is supported.
   */
  public static Optional<ArgumentType> of(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      String name = type.getKind().name().toLowerCase(java.util.Locale.ROOT);
      for (ArgumentType kind : values()) {
        if (name.equals(kind.primitive)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty(); // arrays, void
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    for (ArgumentType kind : values()) {
      if (name.equals(kind.qualifiedName)) {
        return Optional.of(kind);
      }
    }
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(ENUM);
    }
    if (name.startsWith("java.time.") && name.indexOf('.', "java.time.".length()) < 0) {
      return Optional.of(TIME);
    }
    return Optional.empty();
  }

  /** The kind of {@code type} when the vocabulary supports it: {@code @Arg(type)} may name it. */
  public static Optional<ArgumentType> supported(TypeMirror type, Elements elements, Types types) {
    return of(type).filter(kind -> kind != TIME || isTime(type, elements, types));
  }

  private static boolean isTime(TypeMirror type, Elements elements, Types types) {
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    return name.equals("java.time.Duration") || name.equals("java.time.Period")
        || types.isAssignable(type, elements.getTypeElement("java.time.temporal.TemporalAccessor").asType());
  }

  /** How an argument of {@code type} is written in a body member: a string for a type outside the vocabulary. */
  public static ErrorModel.Json json(TypeMirror type) {
    return of(type).map(ArgumentType::json).orElse(ErrorModel.Json.STRING);
  }
}
