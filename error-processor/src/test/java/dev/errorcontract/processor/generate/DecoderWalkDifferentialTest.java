package dev.errorcontract.processor.generate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.internal.JsonParser;
import dev.errorcontract.catalog.internal.RowDecoder;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Decoding by meaning walks a body against each row's declared members in one pass, building no value
 * (issue 24, speed); before, the body was read into values and respelled. This checks the walk against
 * that reading, kept as the reference: every error of every test catalog, written the way other servers
 * write it (whitespace, member order, every kind of escape, raw four-byte UTF-8, numbers spelled by value,
 * undeclared members with nested values, duplicates at any depth, the strict option), then cut and
 * mutated byte by byte, must decode to the same exception (class, status, detail, instance, bytes), or
 * be undocumented, by both. {@code -Ddecoder.samples=N} sets the spellings per error (default 60).
 */
class DecoderWalkDifferentialTest {

  private static final long SEED = 0x5EED_2026_0024L;
  private static final int SAMPLES = Integer.getInteger("decoder.samples", 60);
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void theWalkDecodesEveryBodyAsTheReadingIntoValuesDoes() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    int[] counts = new int[2]; // decoded by meaning, compared
    for (Scenarios.Scenario scenario : Scenarios.ALL) {
      Compiled compiled = Compiled.compile(scenario.sources());
      String pkg = scenario.catalogType().substring(0, scenario.catalogType().lastIndexOf('.'));
      String name = scenario.generated().get(0).replaceFirst(".*/", "").replace("Decoder.java", "");
      ErrorDecoder decoder = (ErrorDecoder) compiled.load(pkg + "." + name + "Decoder").getMethod("decoder").invoke(null);
      Class<?> exceptions = compiled.load(pkg + "." + name + "Exception");
      for (Class<?> nested : exceptions.getDeclaredClasses()) {
        CatalogException sent = sample(nested, random);
        if (sent == null) {
          continue;
        }
        if (random.nextBoolean()) {
          sent.withInstance("/orders/" + DecoderPropertyTest.adversarial(random));
        }
        byte[] body = sent.body().toByteArray();
        JsonNode tree = JACKSON.readTree(body);
        for (int k = 0; k < SAMPLES; k++) {
          byte[] spelled = spell(tree, random);
          for (byte[] candidate : variants(spelled, random)) {
            for (ErrorDecoder d : List.of(decoder, decoder.strict())) {
              compare(d, sent.status(), candidate, scenario.name(), counts);
            }
          }
        }
      }
    }
    System.out.println("decoded by meaning " + counts[0] + " of " + counts[1] + " bodies");
    assertTrue(counts[0] > 1000, "decoded by meaning " + counts[0] + " of " + counts[1]);
  }

  /** The same answer from the decoder (the walk) and from the reading into values, row by row. */
  private static void compare(ErrorDecoder decoder, int status, byte[] body, String scenario, int[] counts)
      throws Exception {
    RuntimeException walked = decoder.exceptionFor(status, null, body, body.length);
    CatalogException reference = reference(decoder, status, body);
    String shown = scenario + (decoder.isStrict() ? " strict: " : ": ") + new String(body, UTF_8);
    counts[1]++;
    if (reference == null) {
      assertTrue(!(walked instanceof CatalogException), "the walk decodes, the reference does not: " + shown);
      return;
    }
    assertTrue(walked instanceof CatalogException, "the reference decodes, the walk does not: " + shown);
    CatalogException decoded = (CatalogException) walked;
    assertSame(reference.getClass(), decoded.getClass(), shown);
    assertEquals(reference.status(), decoded.status(), shown);
    assertEquals(reference.detail(), decoded.detail(), shown);
    assertEquals(reference.instance(), decoded.instance(), shown);
    assertArrayEquals(reference.body().toByteArray(), decoded.body().toByteArray(), shown);
    counts[0]++;
  }

  /**
   * What decoding answered before the walk: the exact bytes first, then the body's value respelled for
   * each row the status may answer with, the row ignoring the fewest members, none on a tie.
   */
  private static CatalogException reference(ErrorDecoder decoder, int status, byte[] body) throws Exception {
    Field field = ErrorDecoder.class.getDeclaredField("byStatus");
    field.setAccessible(true);
    RowDecoder[] rows = ((RowDecoder[][]) field.get(decoder))[status];
    for (RowDecoder row : rows) {
      CatalogException exact = row.decode(status, body, body.length);
      if (exact != null) {
        return exact;
      }
    }
    Object value = JsonParser.parse(body, body.length);
    if (value == null) {
      return null;
    }
    CatalogException best = null;
    int fewest = Integer.MAX_VALUE;
    boolean tie = false;
    for (RowDecoder row : rows) {
      int[] ignored = new int[1];
      CatalogException decoded = row.decode(status, value, decoder.isStrict(), ignored);
      if (decoded == null) {
        continue;
      }
      if (ignored[0] < fewest) {
        best = decoded;
        fewest = ignored[0];
        tie = false;
      } else if (ignored[0] == fewest) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** The spelling itself, and some of its cuts and one-byte mutations. */
  private static List<byte[]> variants(byte[] spelled, SplittableRandom random) {
    List<byte[]> variants = new ArrayList<>();
    variants.add(spelled);
    for (int m = 0; m < 3; m++) {
      byte[] mutated = spelled.clone();
      int at = random.nextInt(mutated.length);
      byte[] interesting = {'"', '\\', '{', '}', '[', ']', ',', ':', ' ', '0', '9', 'e', '.', '-', 'u', 'n', (byte) 0xC3,
          (byte) 0xF0, (byte) 0x80, 0x01};
      mutated[at] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
      variants.add(mutated);
    }
    byte[] cut = new byte[random.nextInt(spelled.length)];
    System.arraycopy(spelled, 0, cut, 0, cut.length);
    variants.add(cut);
    return variants;
  }

  /** The value written as some other server might: an equal value most of the time. */
  private static byte[] spell(JsonNode tree, SplittableRandom random) {
    Spelling out = new Spelling(random);
    if (random.nextInt(10) == 0) {
      out.bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.space();
    out.value(tree, 0);
    out.space();
    return out.bytes.toByteArray();
  }

  private static final class Spelling {

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final SplittableRandom random;

    Spelling(SplittableRandom random) {
      this.random = random;
    }

    void space() {
      int n = random.nextInt(4) == 0 ? random.nextInt(4) : 0;
      for (int i = 0; i < n; i++) {
        bytes.write(" \t\n\r".charAt(random.nextInt(4)));
      }
    }

    void value(JsonNode node, int depth) {
      if (node.isObject()) {
        object(node, depth);
      } else if (node.isArray()) {
        bytes.write('[');
        space();
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            bytes.write(',');
            space();
          }
          value(node.get(i), depth + 1);
          space();
        }
        bytes.write(']');
      } else if (node.isTextual()) {
        string(node.textValue());
      } else if (node.isIntegralNumber()) {
        number(new BigDecimal(node.bigIntegerValue()));
      } else if (node.isNumber()) {
        number(node.decimalValue());
      } else {
        ascii(node.toString()); // true, false, null
      }
    }

    private void object(JsonNode node, int depth) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        members.add(it.next());
      }
      if (random.nextInt(3) > 0) {
        Collections.shuffle(members, new java.util.Random(random.nextLong()));
      }
      List<Map.Entry<String, JsonNode>> written = new ArrayList<>(members);
      int extra = random.nextInt(5) == 0 ? random.nextInt(20) : random.nextInt(3);
      for (int i = 0; i < extra; i++) {
        written.add(random.nextInt(written.size() + 1), Map.entry(extraName(), extraValue(depth)));
      }
      if (random.nextInt(20) == 0 && !written.isEmpty()) {
        // A member named twice: the same name, maybe spelled otherwise.
        Map.Entry<String, JsonNode> twice = written.get(random.nextInt(written.size()));
        written.add(random.nextInt(written.size() + 1), twice);
      }
      bytes.write('{');
      space();
      for (int i = 0; i < written.size(); i++) {
        if (i > 0) {
          bytes.write(',');
          space();
        }
        string(written.get(i).getKey());
        space();
        bytes.write(':');
        space();
        value(written.get(i).getValue(), depth + 1);
        space();
      }
      bytes.write('}');
    }

    private String extraName() {
      return switch (random.nextInt(4)) {
        case 0 -> "request_id";
        case 1 -> "x" + random.nextInt(6);
        case 2 -> "caf\u00e9";
        default -> DecoderPropertyTest.adversarial(random);
      };
    }

    private JsonNode extraValue(int depth) {
      String json = switch (random.nextInt(depth > 2 ? 4 : 6)) {
        case 0 -> "\"req_8FkQ2\"";
        case 1 -> "-12.5e-3";
        case 2 -> "true";
        case 3 -> "null";
        case 4 -> "[1,{\"a\":[],\"b\":{}},\"x\"]";
        default -> "{\"trace\":{\"id\":\"t\",\"spans\":[1,2]},\"id\":7}";
      };
      try {
        return JACKSON.readTree(json);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    /** Each code unit written raw, as a short escape, or as backslash-u in either case of hex. */
    private void string(String text) {
      bytes.write('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
            && random.nextBoolean()) {
          bytes.writeBytes(text.substring(i, i + 2).getBytes(UTF_8)); // raw four-byte UTF-8
          i++;
          continue;
        }
        boolean mustEscape = c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c);
        int choice = random.nextInt(mustEscape ? 2 : 12);
        if (choice == 0 || mustEscape && choice == 1 && "\"\\\b\f\n\r\t".indexOf(c) < 0) {
          String hex = String.format("%04x", (int) c);
          ascii("\\u" + (random.nextBoolean() ? hex : hex.toUpperCase(java.util.Locale.ROOT)));
        } else if (mustEscape) {
          ascii("\\" + "\"\\bfnrt".charAt("\"\\\b\f\n\r\t".indexOf(c)));
        } else if (c == '/' && random.nextBoolean()) {
          ascii("\\/");
        } else {
          bytes.writeBytes(String.valueOf(c).getBytes(UTF_8));
        }
      }
      bytes.write('"');
    }

    private void number(BigDecimal value) {
      switch (random.nextInt(6)) {
        case 0 -> ascii(value.setScale(Math.max(value.scale(), 0) + 1).toPlainString()); // 404.0
        case 1 -> ascii(value.unscaledValue() + "e" + (random.nextBoolean() || value.scale() > 0 ? "" : "+")
            + -value.scale()); // 404e0
        case 2 -> ascii(value.unscaledValue() + "0E" + (-value.scale() - 1)); // 4040E-1
        default -> ascii(value.toPlainString());
      }
    }

    private void ascii(String text) {
      bytes.writeBytes(text.getBytes(UTF_8));
    }
  }

  /** An exception of {@code type} with random arguments, as the property test draws them. */
  private static CatalogException sample(Class<?> type, SplittableRandom random) throws Exception {
    return DecoderPropertyTest.randomException(type, random);
  }
}
