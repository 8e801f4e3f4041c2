package dev.errorcontract.spring.webflux;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * The tests' Spring Boot WebFlux application: nothing of error-contract is declared, the
 * auto-configuration installs the handler. Annotated controllers, functional routes, a web filter that
 * throws, and an application's own {@code @ExceptionHandler} for one exception.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({FluxApp.Controller.class, FluxApp.UserAdvice.class})
public class FluxApp {

  /** An exception the application answers itself, with its own {@code @ExceptionHandler}. */
  static final class UserHandledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserHandledException() {
      super("handled by the application");
    }
  }

  /** A JSON body with a Bean Validation constraint. */
  public record Item(@NotBlank String name, int count) {}

  @RestController
  static class Controller {

    @GetMapping("/catalog/nonce")
    String nonce() {
      throw new FluxException.InvalidNonce();
    }

    @GetMapping("/catalog/limit")
    Mono<String> limit() {
      return Mono.error(new FluxException.InvalidLimit(5000));
    }

    @GetMapping("/catalog/maintenance")
    String maintenance() {
      throw new FluxException.Maintenance();
    }

    @GetMapping("/catalog/maintenance-30")
    String maintenance30() {
      throw new FluxException.Maintenance().retryAfter(30).withHeader("X-Reason", "upgrade");
    }

    @GetMapping("/catalog/caused")
    String caused() {
      throw new FluxException.InternalServerError(new IOException("disk on fire at /var/secret"));
    }

    @GetMapping("/catalog/own-instance")
    String ownInstance() {
      throw new FluxException.InvalidNonce().withInstance("/nonces/42");
    }

    @GetMapping(value = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
    String json() {
      return "{}";
    }

    @PostMapping(value = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    String create(@Valid @RequestBody Item item) {
      return item.name();
    }

    @GetMapping("/param")
    String param(@RequestParam("n") int n) {
      return Integer.toString(n);
    }

    @GetMapping("/header")
    String header(@RequestHeader("X-Key") int key) {
      return Integer.toString(key);
    }

    @GetMapping("/path/{id}")
    String path(@PathVariable("id") int id) {
      return Integer.toString(id);
    }

    @GetMapping("/status/{code}")
    String status(@PathVariable("code") int code) {
      throw new ResponseStatusException(HttpStatus.valueOf(code), "secret reason " + code);
    }

    @GetMapping("/method-not-allowed")
    String methodNotAllowed() {
      throw new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED) {
        private static final long serialVersionUID = 1L;

        @Override
        public HttpHeaders getHeaders() {
          HttpHeaders headers = new HttpHeaders();
          headers.set(HttpHeaders.ALLOW, "GET, PUT");
          return headers;
        }
      };
    }

    @GetMapping("/error-response")
    String errorResponse() {
      throw new ErrorResponseException(HttpStatus.UNAUTHORIZED);
    }

    @GetMapping("/bug")
    String bug() {
      throw new IllegalStateException("secret detail of a bug");
    }

    @GetMapping("/bug-mono")
    Mono<String> bugMono() {
      return Mono.error(new IOException("secret checked failure"));
    }

    @GetMapping("/wrapped")
    String wrapped() {
      throw new java.util.concurrent.CompletionException(new FluxException.InvalidNonce());
    }

    @GetMapping("/corpus/{seed}/{index}")
    String corpus(@PathVariable("seed") long seed, @PathVariable("index") int index) {
      return Corpus.throwIt(Corpus.of(seed, index));
    }

    @GetMapping("/corpus-mono/{seed}/{index}")
    Mono<String> corpusMono(@PathVariable("seed") long seed, @PathVariable("index") int index) {
      return Corpus.fail(Corpus.of(seed, index));
    }

    @GetMapping("/user-handled")
    String userHandled() {
      throw new UserHandledException();
    }
  }

  /** The application's own handler for one exception: it answers that exception, in annotated controllers. */
  @RestControllerAdvice
  static class UserAdvice {

    @ExceptionHandler(UserHandledException.class)
    ResponseEntity<String> handle(UserHandledException e) {
      return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).contentType(MediaType.TEXT_PLAIN).body("the app's own");
    }
  }

  /** Functional routes. */
  @Bean
  RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .GET("/fn/nonce", request -> Mono.error(new FluxException.InvalidNonce()))
        .GET("/fn/bug", request -> {
          throw new IllegalArgumentException("secret functional failure");
        })
        .GET("/fn/user-handled", request -> {
          throw new UserHandledException();
        })
        .POST("/fn/items", request -> request.bodyToMono(Item.class).flatMap(item -> ServerResponse.ok().bodyValue(item.name())))
        .GET("/fn/status", request -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
        .GET("/fn/corpus/{seed}/{index}", request -> Corpus.throwIt(Corpus.parse(request.path())))
        .build();
  }

  /** A web filter that throws, before any handler, on the paths under {@code /filter/}. */
  @Bean
  WebFilter throwingFilter() {
    return (exchange, chain) -> {
      String path = exchange.getRequest().getURI().getRawPath();
      if (path.startsWith("/filter/")) {
        // As a CORS filter does: a header set before the chain, which an error answer keeps.
        exchange.getResponse().getHeaders().set("X-Filter", "seen");
      }
      if (path.startsWith("/filter/corpus/")) {
        Corpus.Case c = Corpus.parse(path);
        return c.index() % 2 == 0 ? Corpus.throwIt(c) : Corpus.fail(c);
      }
      switch (path) {
        case "/filter/exception":
          throw new IllegalStateException("secret filter failure");
        case "/filter/error":
          throw new Error("secret filter error");
        case "/filter/catalog":
          return Mono.error(new FluxException.Maintenance());
        default:
          return chain.filter(exchange);
      }
    };
  }
}
