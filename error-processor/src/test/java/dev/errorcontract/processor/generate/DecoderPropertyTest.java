package dev.errorcontract.processor.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decoder is the exact inverse of the server: for every error of every test catalog (field,
 * problem with instances, record with a nested object and omitted members, a status of several codes)
 * and random template arguments, the adversarial strings of {@code JsonTextDifferentialTest} among them,
 * encoding then decoding gives an equal exception: same class, status, arguments, instance and bytes.
 * {@code -Ddecoder.samples=N} sets the samples per error (default 300).
 */
class DecoderPropertyTest {

  private static final long SEED = 0x5EED_2026_0015L;
  private static final int SAMPLES = Integer.getInteger("decoder.samples", 300);

  @Test
  void everyErrorOfEveryCatalogDecodesToAnEqualException() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    int checked = 0;
    for (Scenarios.Scenario scenario : Scenarios.ALL) {
      Compiled compiled = Compiled.compile(scenario.sources());
      String pkg = scenario.catalogType().substring(0, scenario.catalogType().lastIndexOf('.'));
      String name = scenario.generated().get(0).replaceFirst(".*/", "").replace("Decoder.java", "");
      ErrorDecoder decoder = (ErrorDecoder) compiled.load(pkg + "." + name + "Decoder").getMethod("decoder").invoke(null);
      Class<?> exceptions = compiled.load(pkg + "." + name + "Exception");
      for (Class<?> nested : exceptions.getDeclaredClasses()) {
        for (int k = 0; k < SAMPLES; k++) {
          CatalogException thrown = randomException(nested, random);
          if (thrown == null) {
            break;
          }
          if (random.nextBoolean()) {
            thrown.withInstance("/orders/" + adversarial(random));
          }
          assertRoundTrip(decoder, thrown, scenario.name());
          checked++;
        }
      }
    }
    assertEquals(true, checked > 1000, "checked " + checked);
  }

  private static void assertRoundTrip(ErrorDecoder decoder, CatalogException thrown, String scenario) {
    byte[] body = thrown.body().toByteArray();
    CatalogException decoded;
    try {
      decoded = decoder.decode(thrown.status(), thrown.mediaType(), body);
    } catch (UndocumentedAnswerException e) {
      throw new AssertionError(scenario + ": " + thrown.getClass().getSimpleName() + " " + thrown.detail()
          + " did not decode: " + e.getMessage(), e);
    }
    assertSame(thrown.getClass(), decoded.getClass(), scenario);
    assertSame(thrown.error(), decoded.error());
    assertEquals(thrown.status(), decoded.status());
    assertEquals(thrown.detail(), decoded.detail());
    for (String argument : thrown.error().arguments()) {
      assertEquals(accessor(thrown, argument), accessor(decoded, argument), argument);
    }
    // An instance the body does not carry is not sent, so it cannot come back.
    if (decoder.table().instance() != Instance.NONE) {
      assertEquals(thrown.instance(), decoded.instance());
    } else {
      assertNull(decoded.instance());
    }
    assertArrayEquals(body, decoded.body().toByteArray());
  }

  private static Object accessor(CatalogException e, String argument) {
    try {
      return e.getClass().getMethod(argument).invoke(e);
    } catch (ReflectiveOperationException ex) {
      throw new AssertionError(ex);
    }
  }

  /** An exception of {@code type} with random arguments; for a row of several codes, a random covered code. */
  static CatalogException randomException(Class<?> type, SplittableRandom random) throws Exception {
    Constructor<?> constructor = null;
    for (Constructor<?> c : type.getConstructors()) {
      Class<?>[] parameters = c.getParameterTypes();
      if (parameters.length == 0 || parameters[parameters.length - 1] != Throwable.class) {
        constructor = c;
      }
    }
    if (constructor == null) {
      fail("no constructor for " + type);
    }
    Class<?>[] parameters = constructor.getParameterTypes();
    Object[] arguments = new Object[parameters.length];
    boolean byCode = isCodeConstructor(type) && parameters.length == 1 && parameters[0] == int.class;
    for (int i = 0; i < parameters.length; i++) {
      arguments[i] = randomValue(parameters[i], random);
    }
    if (byCode) {
      CatalogException first = (CatalogException) type.getConstructor(int.class).newInstance(500);
      List<Integer> codes = first.error().status().codes();
      arguments[0] = codes.get(random.nextInt(codes.size()));
    }
    try {
      return (CatalogException) constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  /** Whether the exception is the added answer of a row of several codes: its constructor takes the code. */
  private static boolean isCodeConstructor(Class<?> type) {
    try {
      return type.getDeclaredMethod("status") != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object randomValue(Class<?> type, SplittableRandom random) {
    if (type == int.class) {
      return random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(-10, 5000);
    }
    if (type == long.class) {
      return random.nextInt(4) == 0 ? random.nextLong() : (long) random.nextInt(-10, 100_000);
    }
    if (type == String.class) {
      return adversarial(random);
    }
    if (type == BigInteger.class) {
      return BigInteger.valueOf(random.nextLong()).shiftLeft(random.nextInt(80));
    }
    throw new AssertionError("no random " + type);
  }

  /**
   * A string drawn as {@code JsonTextDifferentialTest} draws them: printable ASCII, controls, the
   * characters JSON and HTML care about, line separators, two- and three-byte UTF-8, surrogate pairs and
   * lone surrogates; and the detail's own literal text, which a split must not be fooled by.
   */
  static String adversarial(SplittableRandom random) {
    int length = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 16);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      switch (random.nextInt(11)) {
        case 0 -> sb.append((char) (0x20 + random.nextInt(0x5F)));
        case 1 -> sb.append(random.nextInt(33) == 32 ? '\u007F' : (char) random.nextInt(0x20));
        case 2 -> sb.append("\"\\/<>&'{}".charAt(random.nextInt(9)));
        case 3 -> sb.append((char) (0x2026 + random.nextInt(6)));
        case 4 -> sb.append((char) (0x80 + random.nextInt(0x780)));
        case 5 -> {
          int c = 0x800 + random.nextInt(0x10000 - 0x800 - 0x800);
          sb.append((char) (c >= 0xD800 ? c + 0x800 : c));
        }
        case 6 -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
        case 7 -> sb.append((char) (0xD800 + random.nextInt(0x400)));
        case 8 -> sb.append((char) (0xDC00 + random.nextInt(0x400)));
        case 9 -> sb.append(List.of(" of ", " not found", "Order ", "Missing parameter: ", "null", "5").get(random.nextInt(6)));
        default -> sb.append(' ');
      }
    }
    return sb.toString();
  }
}
