package dev.errorcontract.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.processor.model.CatalogModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.lang.model.util.Elements;

/** What every generated file shares: the {@code @Generated} marker, the package, Javadoc escaping. */
final class GeneratedFiles {

  static final String PROCESSOR = "dev.errorcontract.processor.ErrorCatalogProcessor";
  /** This release of error-processor, which generated code names for the runtime's version check. */
  static final String PROCESSOR_VERSION = processorVersion();
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final boolean generatedAvailable;

  GeneratedFiles(Elements elements) {
    // In a module that does not read java.compiler the annotation is not there to use.
    this.generatedAvailable = elements.getTypeElement(GENERATED) != null;
  }

  private static String processorVersion() {
    // The build writes the project version into this resource of the processor's own jar.
    try (InputStream in = GeneratedFiles.class.getResourceAsStream("error-processor.properties")) {
      if (in == null) {
        throw new IllegalStateException("error-processor.properties is missing from the processor's jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return Objects.requireNonNull(properties.getProperty("version"), "version in error-processor.properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the shared parts to a top-level type and wraps it in a file of the catalog's package. */
  JavaFile file(CatalogModel catalog, TypeSpec.Builder type) {
    type.addOriginatingElement(catalog.declaringType());
    if (hasDeprecatedRows(catalog)) {
      // The generated types refer to their own deprecated constants and exceptions; only users' uses warn.
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
              .addMember("value", "$S", PROCESSOR)
              .addMember("comments", "$S", "from " + catalog.declaringType().getQualifiedName())
              .build());
    }
    return JavaFile.builder(catalog.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** Whether any status or error row of the catalog is deprecated. */
  static boolean hasDeprecatedRows(CatalogModel catalog) {
    return catalog.statuses().stream().anyMatch(s -> s.isDeprecated())
        || catalog.errors().stream().anyMatch(e -> e.isDeprecated());
  }

  /** Adds {@code @Deprecated} when the row is deprecated. */
  static TypeSpec.Builder deprecated(TypeSpec.Builder type, boolean deprecated) {
    return deprecated ? type.addAnnotation(Deprecated.class) : type;
  }

  /** A class of the catalog's package. */
  static ClassName type(CatalogModel catalog, String simpleName) {
    return ClassName.get(catalog.packageName(), simpleName);
  }

  /**
   * Published text made safe inside Javadoc: HTML special characters and comment ends escaped, so the
   * description reads as published.
   */
  static String javadoc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .replace("\\u", "&#92;u");
  }

  /**
   * Text for a Javadoc or a code block, emitted as one piece instead of one piece per format argument:
   * JavaPoet's emission costs per piece (each is split into lines, then indented), and catalogs repeat
   * such text for every error. The output is the same as formatting the pieces one by one, except where
   * one piece ends with a carriage return and the next starts with a line feed: separately those are two
   * line breaks, joined one; such pieces are kept apart.
   */
  static CodeBlock text(String... pieces) {
    CodeBlock.Builder block = CodeBlock.builder();
    for (String run : runs(pieces)) {
      block.add("$L", run);
    }
    return block.build();
  }

  /** The pieces of {@link #text}, joined where that joins them. */
  static List<String> runs(String... pieces) {
    List<String> runs = new ArrayList<>(1);
    StringBuilder run = new StringBuilder();
    for (String piece : pieces) {
      if (run.length() > 0 && run.charAt(run.length() - 1) == '\r' && piece.startsWith("\n")) {
        runs.add(run.toString());
        run.setLength(0);
      }
      run.append(piece);
    }
    runs.add(run.toString());
    return runs;
  }

  /**
   * A Java string literal, as source text for {@code $L}, that survives any source encoding: non-ASCII
   * characters become unicode escapes (never for line breaks, quotes or backslashes, which javac would
   * decode before lexing). {@code null} for null.
   */
  static String literal(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '\b' -> literal.append("\\b");
        case '\f' -> literal.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }
}
