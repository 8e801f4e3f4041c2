package dev.errorcontract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.zalando.problem.ThrowableProblem;
import org.zalando.problem.jackson.ProblemModule;

/**
 * Baseline (b): Zalando's {@code problem}: teams throw a {@link ThrowableProblem} built with {@code
 * Problem.builder()} and map it with a one-line mapper; Jackson with {@link ProblemModule} writes it.
 */
final class Zalando {

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new ProblemModule());

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
