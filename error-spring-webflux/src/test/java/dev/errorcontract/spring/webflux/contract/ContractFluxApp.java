package dev.errorcontract.spring.webflux.contract;

import dev.errorcontract.integration.contract.ContractCatalog;
import dev.errorcontract.integration.contract.ContractError;
import dev.errorcontract.integration.contract.ContractException;
import dev.errorcontract.integration.contract.Endpoint;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HTTP contract suite's endpoints ({@link Endpoint}) as a Spring WebFlux application on Reactor
 * Netty: an annotated controller that raises, and nothing of error-contract declared; the
 * auto-configuration answers with the suite's catalog, named by {@code
 * error-contract.webflux.catalog=Contract} (the test class path holds others).
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(ContractFluxApp.ContractController.class)
public class ContractFluxApp {

  /** The body {@link Endpoint#BOUND} binds. */
  public record Payload(int count) {}

  /** Spring's own status exception carrying one header, as {@code ErrorResponse#getHeaders} allows. */
  static ResponseStatusException withHeader(int status, String name, String value) {
    return new ResponseStatusException(HttpStatusCode.valueOf(status)) {
      private static final long serialVersionUID = 1L;

      @Override
      public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        return headers;
      }
    };
  }

  /** Every endpoint of the suite. */
  @RestController
  static class ContractController {

    private static final Pattern COUNT = Pattern.compile("\\s*\\{\\s*\"count\"\\s*:\\s*(\\d+)\\s*}\\s*");

    @GetMapping("/errors/{name}")
    String errors(@PathVariable("name") String name) {
      throw ContractCatalog.exceptionFor(ContractError.valueOf(name));
    }

    @GetMapping("/limit/{limit}")
    String limit(@PathVariable("limit") int limit) {
      throw new ContractException.InvalidLimit(limit);
    }

    @GetMapping("/retry")
    String retry() {
      throw new ContractException.SlowDown().retryAfter(30);
    }

    @GetMapping("/caused")
    String caused() {
      throw ContractCatalog.caused();
    }

    @GetMapping(path = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
    String json() {
      return "{\"ok\":true}";
    }

    @PostMapping(path = "/raw", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
    String raw(@RequestBody String body) {
      Matcher matcher = COUNT.matcher(body);
      if (!matcher.matches()) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed JSON: " + body);
      }
      return "{\"count\":" + matcher.group(1) + "}";
    }

    @PostMapping(path = "/bound", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.TEXT_PLAIN_VALUE)
    String bound(@RequestBody Payload payload) {
      return "count " + payload.count();
    }

    @GetMapping("/status/{code}")
    String status(@PathVariable("code") int code) {
      throw new ResponseStatusException(HttpStatusCode.valueOf(code));
    }

    @GetMapping("/built/{code}")
    ResponseEntity<String> built(@PathVariable("code") int code) {
      ResponseEntity.BodyBuilder response = ResponseEntity.status(code)
          .contentType(MediaType.TEXT_PLAIN).header("Content-Language", "en");
      String[] header = ContractCatalog.builtHeader(code);
      if (header != null) {
        response.header(header[0], header[1]);
      }
      return response.body(ContractCatalog.builtBody());
    }

    @GetMapping("/unavailable")
    String unavailable() {
      throw withHeader(503, "Retry-After", "120");
    }

    @GetMapping("/unauthorized")
    String unauthorized() {
      throw withHeader(401, "WWW-Authenticate", "Bearer realm=\"framework\"");
    }

    @GetMapping("/secret")
    String secret() {
      throw ContractCatalog.unexpected();
    }

    @GetMapping("/empty")
    ResponseEntity<Void> empty() {
      return ResponseEntity.noContent().build();
    }

    @GetMapping("/redirect")
    ResponseEntity<Void> redirect() {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/json")).build();
    }
  }
}
