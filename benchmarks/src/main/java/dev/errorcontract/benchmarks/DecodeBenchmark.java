package dev.errorcontract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 15, the client side: a received error body back into the typed exception, with the generated
 * {@code BenchDecoder}, against Jackson reading the same bytes into a {@code Map} (what a hand-written
 * client does before it compares strings).
 *
 * <ul>
 *   <li>{@code decodeConstant}: the 400 "Invalid nonce" body, matched against the body encoded once;
 *       with {@code -prof gc} the allocation is the exception's alone;
 *   <li>{@code decodeTemplate}: the 404 "Passport P-0123456789 not found" body: the template read, the
 *       detail's literal text matched in the bytes, its argument decoded from them and the exception
 *       made from its exact text (every byte checked, as for any body);
 *   <li>{@code jacksonConstant}, {@code jacksonTemplate}: {@code ObjectMapper.readValue(bytes,
 *       Map.class)} of the same bodies (no typing, no check): the target is the template decode at
 *       least 3 times faster than this.
 *   <li>{@code decodeReformatted} (issue 24): the same 404 answer as another server writes it:
 *       pretty-printed, members in reverse order, a letter of the detail escaped (backslash-u), an
 *       extra member. The exact path fails, then the body is read by meaning: its object's members
 *       listed in one strict pass, then each row the status may answer with compared with that list;
 *   <li>{@code jacksonReformatted}: Jackson reading that body into a {@code Map} and comparing it with
 *       the documented answer, as a hand-written client would (type, title, status, the detail's literal
 *       text, the argument taken out): the target is {@code decodeReformatted} at least 2 times faster.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final String PROBLEM_JSON = "application/problem+json";

  private byte[] constantBody;
  private byte[] templateBody;
  private byte[] reformattedBody;

  @Setup
  public void setUp() throws IOException {
    constantBody = new BenchException.InvalidNonce().body().toByteArray();
    templateBody = new BenchException.PassportNotFound("P-0123456789").body().toByteArray();
    reformattedBody = ("""
        {
          "request_id" : "req_8FkQ2",
          "detail" : "Passport P-0123456789 not f\\u006Fund",
          "status" : 404,
          "title" : "Not Found",
          "type" : "about:blank"
        }
        """).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (!(decodeReformatted() instanceof BenchException.PassportNotFound reformatted
        && reformatted.passportId().equals("P-0123456789"))
        || !"P-0123456789".equals(jacksonReformatted())) {
      throw new IllegalStateException("the reformatted body does not decode: "
          + new String(reformattedBody, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (!(decodeConstant() instanceof BenchException.InvalidNonce)
        || !(decodeTemplate() instanceof BenchException.PassportNotFound found
            && found.passportId().equals("P-0123456789"))) {
      throw new IllegalStateException("the bodies do not decode");
    }
  }

  @Benchmark
  public CatalogException decodeConstant() {
    return BenchDecoder.decoder().decode(400, PROBLEM_JSON, constantBody);
  }

  @Benchmark
  public CatalogException decodeTemplate() {
    return BenchDecoder.decoder().decode(404, PROBLEM_JSON, templateBody);
  }

  @Benchmark
  public CatalogException decodeReformatted() {
    return BenchDecoder.decoder().decode(404, PROBLEM_JSON, reformattedBody);
  }

  /** Jackson into a Map, then the comparison a hand-written client makes; the argument, or null. */
  @Benchmark
  public String jacksonReformatted() throws IOException {
    Map<?, ?> body = JACKSON.readValue(reformattedBody, Map.class);
    if (!"about:blank".equals(body.get("type")) || !"Not Found".equals(body.get("title"))
        || !(body.get("status") instanceof Number status) || status.intValue() != 404
        || !(body.get("detail") instanceof String detail)
        || !detail.startsWith("Passport ") || !detail.endsWith(" not found")) {
      return null;
    }
    return detail.substring("Passport ".length(), detail.length() - " not found".length());
  }

  @Benchmark
  public Map<?, ?> jacksonConstant() throws IOException {
    return JACKSON.readValue(constantBody, Map.class);
  }

  @Benchmark
  public Map<?, ?> jacksonTemplate() throws IOException {
    return JACKSON.readValue(templateBody, Map.class);
  }
}
