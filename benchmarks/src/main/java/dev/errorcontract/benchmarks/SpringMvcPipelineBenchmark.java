package dev.errorcontract.benchmarks;

import dev.errorcontract.spring.webmvc.ErrorContractExceptionResolver;
import dev.errorcontract.spring.webmvc.ErrorContractFilter;
import dev.errorcontract.spring.webmvc.WebMvcErrorContract;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Benchmark 6, Spring MVC in-process (issue 23): one request through Spring MVC's whole dispatch in
 * this thread ({@link DispatcherServlet#service}: handler mapping, the controller, which throws, the
 * exception resolvers, the answer written), as benchmark 5 does for Jersey. Spring's annotation
 * configuration ({@code @EnableWebMvc}: the handler mapping, the adapters, Jackson's converter, the
 * resolvers a Boot application has) over spring-test's plain servlet request and response objects (a
 * new pair per request, in every contender alike; not MockMvc, which adds its own filter chain and
 * result machinery). A controller at {@code GET /registry/signing-message} throws; who answers it is
 * the measured variable:
 *
 * <ul>
 *   <li>{@code contract}: error-spring-webmvc as its auto-configuration installs it (the resolver right
 *       after {@code ExceptionHandlerExceptionResolver}, {@link ErrorContractFilter} in front of the
 *       servlet), the controller throwing the generated {@code BenchException.InvalidNonce};
 *   <li>{@code handWritten}: no error-contract, the controller throws a stackless exception, answered by
 *       a {@code @ControllerAdvice}'s {@code @ExceptionHandler} returning one constant {@code
 *       ResponseEntity<byte[]>} holding the very bytes, status and media type (the target's
 *       baseline: the cheapest answer Spring MVC has for a thrown exception);
 *   <li>{@code problemDetail}: what a Spring user picks instead, Spring's own RFC 9457 support: the
 *       controller throws an {@link ErrorResponseException} subclass carrying a {@link ProblemDetail}
 *       (type, title, status, detail), answered by a {@code @ControllerAdvice} extending {@link
 *       ResponseEntityExceptionHandler}, Jackson writing the body (Spring adds the request path as
 *       {@code instance}). Its exception keeps its stack trace, as a user's does by default.
 * </ul>
 *
 * <p>Setup checks that {@code contract} and {@code handWritten} answer the same status, media type
 * and bytes, and that {@code problemDetail} answers the same status and media type.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpringMvcPipelineBenchmark {

  static final String PATH = "/registry/signing-message";

  private MockServletContext servletContext;
  private Pipeline contract;
  private Pipeline handWritten;
  private Pipeline problemDetail;

  @Setup
  public void setUp() throws Exception {
    servletContext = new MockServletContext();
    WebMvcErrorContract errors = WebMvcErrorContract.of(List.of(BenchError.table()), "Bench");
    contract = pipeline(new ErrorContractFilter(errors, "/error"), ContractApp.class);
    MockHttpServletResponse reference = contract.answer();
    HandWrittenApp.answer =
        ResponseEntity.status(reference.getStatus())
            .contentType(MediaType.parseMediaType(reference.getContentType()))
            .body(reference.getContentAsByteArray());
    handWritten = pipeline(null, HandWrittenApp.class);
    problemDetail = pipeline(null, ProblemDetailApp.class);
    MockHttpServletResponse hand = handWritten.answer();
    if (hand.getStatus() != reference.getStatus()
        || !hand.getContentType().equals(reference.getContentType())
        || !Arrays.equals(hand.getContentAsByteArray(), reference.getContentAsByteArray())) {
      throw new IllegalStateException(
          "answers differ: " + describe(reference) + " and " + describe(hand));
    }
    MockHttpServletResponse problem = problemDetail.answer();
    if (problem.getStatus() != reference.getStatus()
        || !problem.getContentType().equals(reference.getContentType())) {
      throw new IllegalStateException(
          "answers differ: " + describe(reference) + " and " + describe(problem));
    }
    System.out.println("# contract and handWritten: " + describe(reference));
    System.out.println("# problemDetail: " + describe(problem));
  }

  @TearDown
  public void tearDown() {
    for (Pipeline pipeline : new Pipeline[] {contract, handWritten, problemDetail}) {
      if (pipeline != null) {
        pipeline.servlet.destroy();
      }
    }
  }

  @Benchmark
  public int contract() throws Exception {
    return contract.handle();
  }

  @Benchmark
  public int handWritten() throws Exception {
    return handWritten.handle();
  }

  @Benchmark
  public int problemDetail() throws Exception {
    return problemDetail.handle();
  }

  private Pipeline pipeline(Filter filter, Class<?> app) throws ServletException {
    AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
    context.register(app);
    context.setServletContext(servletContext);
    DispatcherServlet servlet = new DispatcherServlet(context);
    servlet.init(new MockServletConfig(servletContext, "dispatcher"));
    return new Pipeline(servletContext, servlet, filter);
  }

  private static String describe(MockHttpServletResponse response) {
    try {
      return response.getStatus() + " " + response.getContentType() + " "
          + response.getContentAsString();
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A servlet, with the filter in front of it where there is one. */
  private static final class Pipeline {
    final MockServletContext servletContext;
    final DispatcherServlet servlet;
    final Filter filter;
    final FilterChain chain;

    Pipeline(MockServletContext servletContext, DispatcherServlet servlet, Filter filter) {
      this.servletContext = servletContext;
      this.servlet = servlet;
      this.filter = filter;
      this.chain = servlet::service;
    }

    int handle() throws IOException, ServletException {
      MockHttpServletResponse response = new MockHttpServletResponse();
      service(response);
      return response.getStatus();
    }

    MockHttpServletResponse answer() throws IOException, ServletException {
      MockHttpServletResponse response = new MockHttpServletResponse();
      service(response);
      return response;
    }

    private void service(MockHttpServletResponse response) throws IOException, ServletException {
      MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", PATH);
      request.addHeader("Host", "127.0.0.1:8080");
      request.addHeader("Accept", "*/*");
      if (filter == null) {
        servlet.service(request, response);
      } else {
        filter.doFilter(request, response, chain);
      }
    }
  }

  /** error-spring-webmvc as its auto-configuration installs it; the controller throws the catalog's exception. */
  @Configuration
  @EnableWebMvc
  static class ContractApp {
    @Bean
    ContractController controller() {
      return new ContractController();
    }

    @Bean
    WebMvcConfigurer errorContractResolvers() {
      ErrorContractExceptionResolver resolver =
          new ErrorContractExceptionResolver(
              WebMvcErrorContract.of(List.of(BenchError.table()), "Bench"));
      return new WebMvcConfigurer() {
        @Override
        public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
          int at = 0;
          for (int i = 0; i < resolvers.size(); i++) {
            if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
              at = i + 1;
              break;
            }
          }
          resolvers.add(at, resolver);
        }
      };
    }
  }

  @RestController
  static class ContractController {
    @GetMapping(PATH)
    String signingMessage() {
      throw new BenchException.InvalidNonce();
    }
  }

  /** No error-contract: a {@code @ControllerAdvice} answering with one constant {@code ResponseEntity<byte[]>}. */
  @Configuration
  @EnableWebMvc
  static class HandWrittenApp {
    /** The constant answer, the contract's own bytes (set before the context starts). */
    static ResponseEntity<byte[]> answer;

    @Bean
    HandWrittenController controller() {
      return new HandWrittenController();
    }

    @Bean
    HandWrittenAdvice advice() {
      return new HandWrittenAdvice(answer);
    }
  }

  @RestController
  static class HandWrittenController {
    @GetMapping(PATH)
    String signingMessage() {
      throw new ConstantServer.Denied();
    }
  }

  @ControllerAdvice
  static class HandWrittenAdvice {
    private final ResponseEntity<byte[]> answer;

    HandWrittenAdvice(ResponseEntity<byte[]> answer) {
      this.answer = answer;
    }

    @ExceptionHandler(ConstantServer.Denied.class)
    ResponseEntity<byte[]> denied() {
      return answer;
    }
  }

  /** Spring's own problem details: an {@code ErrorResponseException} and a {@code ResponseEntityExceptionHandler}. */
  @Configuration
  @EnableWebMvc
  static class ProblemDetailApp {
    @Bean
    ProblemDetailController controller() {
      return new ProblemDetailController();
    }

    @Bean
    ProblemDetailAdvice advice() {
      return new ProblemDetailAdvice();
    }
  }

  @RestController
  static class ProblemDetailController {
    @GetMapping(PATH)
    String signingMessage() {
      throw new InvalidNonceProblem();
    }
  }

  /** As a Spring user writes one: the problem's members given when it is thrown. */
  static final class InvalidNonceProblem extends ErrorResponseException {
    private static final long serialVersionUID = 1L;
    private static final URI TYPE = URI.create("about:blank");

    InvalidNonceProblem() {
      super(HttpStatus.BAD_REQUEST, problem(), null);
    }

    private static ProblemDetail problem() {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid nonce");
      problem.setType(TYPE);
      problem.setTitle("Bad Request");
      return problem;
    }
  }

  @ControllerAdvice
  static class ProblemDetailAdvice extends ResponseEntityExceptionHandler {}
}
