package dev.errorcontract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.errorcontract.catalog.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;
import org.zalando.problem.ThrowableProblem;

/**
 * Benchmark 1, map + write: an exception, already thrown and caught, through its exception mapper to
 * a Jersey {@link Response}, then the response's entity written to the output stream by what would
 * write it on the server. Every contender does the same per-response steps around that: it asks the
 * response for its media type and headers, as the container does before writing.
 *
 * <ul>
 *   <li>{@code contract*}: a processor-generated exception, through the generated providers {@code
 *       BenchExceptionMapper} and {@code BenchBodyWriter}, the classes a server finds by scanning;
 *   <li>{@code handWritten*}: baseline (a), a mapper building a {@code Map}, written by Jackson's JAX-RS
 *       entity provider as a server writes it ({@code *ObjectMapper}: by the {@code ObjectMapper}
 *       alone, the cheapest Jackson write there is);
 *   <li>{@code zalando*}: baseline (b), Zalando {@code problem} written by Jackson with its {@code
 *       ProblemModule}, through the provider likewise ({@code *ObjectMapper}: without it);
 *   <li>{@code floor}: (c) the cheapest Response: a {@code Response.Status} constant, a static {@link
 *       MediaType} and a pre-encoded {@code byte[]} entity, whose bytes are written.
 * </ul>
 *
 * <p>Exceptions are built once in setup: construction is benchmark 2. The contract's templated
 * exception renders its detail and body when mapped (that is where the generated code does it), while
 * the baselines rendered their message in the constructor: the comparison charges that work to us.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MapWriteBenchmark {

  private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
  private static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
  private static final byte[] FLOOR_BODY =
      "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Invalid nonce\"}"
          .getBytes(StandardCharsets.UTF_8);

  private ExceptionMapper<BenchException> contractMapper;
  private MessageBodyWriter<ErrorBody> contractWriter;
  private final HandWritten.Mapper handWrittenMapper = new HandWritten.Mapper();
  private final Zalando.Mapper zalandoMapper = new Zalando.Mapper();
  private final Sink sink = new Sink();

  private BenchException contractConstant;
  private BenchException contractTemplate;
  private HandWritten.ApiException handWrittenConstant;
  private HandWritten.ApiException handWrittenTemplate;
  private ThrowableProblem zalandoConstant;
  private ThrowableProblem zalandoTemplate;

  @Setup
  public void setUp() throws IOException {
    // The generated providers, as scanning registers them: what a server calls for a catalog exception.
    contractMapper = new BenchExceptionMapper();
    contractWriter = new BenchBodyWriter();
    String id = "P-0123456789";
    contractConstant = new BenchException.InvalidNonce();
    contractTemplate = new BenchException.PassportNotFound(id);
    handWrittenConstant = new HandWritten.ApiException(400, "Bad Request", "Invalid nonce");
    handWrittenTemplate =
        new HandWritten.ApiException(404, "Not Found", "Passport " + id + " not found");
    zalandoConstant =
        Problem.builder().withTitle("Bad Request").withStatus(Status.BAD_REQUEST)
            .withDetail("Invalid nonce").build();
    zalandoTemplate =
        Problem.builder().withTitle("Not Found").withStatus(Status.NOT_FOUND)
            .withDetail("Passport " + id + " not found").build();
    // Every contender must answer the constant case's 400 with a whole body (the members differ a little:
    // Zalando leaves out the default type).
    Blackhole bh =
        new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    for (String name : new String[] {"contractConstant", "handWrittenConstant", "zalandoConstant",
        "handWrittenConstantObjectMapper", "zalandoConstantObjectMapper", "floor"}) {
      sink.reset();
      Response r = run(name, bh);
      if (r.getStatus() != 400 || sink.count < 60) {
        throw new IllegalStateException(name + ": " + r.getStatus() + ", " + sink.count + " bytes");
      }
    }
    sink.reset();
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  private Response run(String name, Blackhole bh) throws IOException {
    switch (name) {
      case "contractConstant": return contractConstant(bh);
      case "handWrittenConstant": return handWrittenConstant(bh);
      case "zalandoConstant": return zalandoConstant(bh);
      case "handWrittenConstantObjectMapper": return handWrittenConstantObjectMapper(bh);
      case "zalandoConstantObjectMapper": return zalandoConstantObjectMapper(bh);
      default: return floor(bh);
    }
  }

  @Benchmark
  public Response contractConstant(Blackhole bh) throws IOException {
    return contract(contractConstant, bh);
  }

  @Benchmark
  public Response contractTemplate(Blackhole bh) throws IOException {
    return contract(contractTemplate, bh);
  }

  @Benchmark
  public Response handWrittenConstant(Blackhole bh) throws IOException {
    return provider(handWrittenMapper.toResponse(handWrittenConstant), HandWritten.PROVIDER, bh);
  }

  @Benchmark
  public Response handWrittenTemplate(Blackhole bh) throws IOException {
    return provider(handWrittenMapper.toResponse(handWrittenTemplate), HandWritten.PROVIDER, bh);
  }

  @Benchmark
  public Response handWrittenConstantObjectMapper(Blackhole bh) throws IOException {
    return objectMapper(handWrittenMapper.toResponse(handWrittenConstant), HandWritten.JSON, bh);
  }

  @Benchmark
  public Response zalandoConstant(Blackhole bh) throws IOException {
    return provider(zalandoMapper.toResponse(zalandoConstant), Zalando.PROVIDER, bh);
  }

  @Benchmark
  public Response zalandoTemplate(Blackhole bh) throws IOException {
    return provider(zalandoMapper.toResponse(zalandoTemplate), Zalando.PROVIDER, bh);
  }

  @Benchmark
  public Response zalandoConstantObjectMapper(Blackhole bh) throws IOException {
    return objectMapper(zalandoMapper.toResponse(zalandoConstant), Zalando.JSON, bh);
  }

  @Benchmark
  public Response floor(Blackhole bh) throws IOException {
    Response r =
        Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(FLOOR_BODY).build();
    MediaType type = r.getMediaType();
    MultivaluedMap<String, Object> headers = r.getHeaders();
    sink.write((byte[]) r.getEntity());
    bh.consume(type);
    bh.consume(headers);
    bh.consume(sink.count);
    return r;
  }

  private Response contract(BenchException e, Blackhole bh) throws IOException {
    Response r = contractMapper.toResponse(e);
    MediaType type = r.getMediaType();
    MultivaluedMap<String, Object> headers = r.getHeaders();
    contractWriter.writeTo(
        (ErrorBody) r.getEntity(), ErrorBody.class, ErrorBody.class, NO_ANNOTATIONS, type, headers,
        sink);
    bh.consume(sink.count);
    return r;
  }

  /** As the server writes the entity: through the JAX-RS provider, with the entity's class as its type. */
  private Response provider(Response r, JacksonJsonProvider provider, Blackhole bh) throws IOException {
    MediaType type = r.getMediaType();
    MultivaluedMap<String, Object> headers = r.getHeaders();
    Object entity = r.getEntity();
    provider.writeTo(entity, entity.getClass(), entity.getClass(), NO_ANNOTATIONS, type, headers, sink);
    bh.consume(sink.count);
    return r;
  }

  private Response objectMapper(Response r, ObjectMapper json, Blackhole bh) throws IOException {
    MediaType type = r.getMediaType();
    MultivaluedMap<String, Object> headers = r.getHeaders();
    json.writeValue(sink, r.getEntity());
    bh.consume(type);
    bh.consume(headers);
    bh.consume(sink.count);
    return r;
  }
}
