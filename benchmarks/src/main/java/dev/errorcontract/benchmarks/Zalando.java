package dev.errorcontract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.zalando.problem.ThrowableProblem;
import org.zalando.problem.jackson.ProblemModule;

/**
 * Baseline (b): Zalando's {@code problem}: teams throw a {@link ThrowableProblem} built with {@code
 * Problem.builder()} and map it with a one-line mapper; Jackson with {@link ProblemModule} writes it,
 * through Jackson's JAX-RS entity provider ({@link #PROVIDER}) or, the cheapest possible write, with the
 * {@code ObjectMapper} alone ({@link #JSON}).
 */
final class Zalando {

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new ProblemModule());
  /** The {@code MessageBodyWriter} a Jakarta REST server with Jackson registers for JSON entities. */
  static final JacksonJsonProvider PROVIDER = new JacksonJsonProvider(JSON);

  private Zalando() {}

  static final class Mapper implements ExceptionMapper<ThrowableProblem> {
    @Override
    public Response toResponse(ThrowableProblem problem) {
      return Response.status(problem.getStatus().getStatusCode())
          .type("application/problem+json")
          .entity(problem)
          .build();
    }
  }
}
