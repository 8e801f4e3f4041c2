package dev.errorcontract.spring.webmvc.app;

import dev.errorcontract.spring.webmvc.app.orders.OrdersException;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application the HTTP suites run against: a catalog (two, in fact), controllers and a filter,
 * and nothing of error-contract declared: the auto-configuration does it all.
 */
@SpringBootApplication
public class ShopApplication {

  /** A request body with Bean Validation constraints. */
  public record NewOrder(@NotBlank String item, @Min(1) int quantity) {}

  /** Handled by the application's own advice, which wins over the library. */
  public static final class AdviceHandled extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** The application's own handler for one exception. */
  @RestControllerAdvice
  public static class ShopAdvice {
    @ExceptionHandler(AdviceHandled.class)
    public ResponseEntity<String> handled() {
      return ResponseEntity.status(HttpStatus.CONFLICT).header("Content-Type", "text/plain")
          .body("handled by the application");
    }
  }

  @RestController
  public static class ShopController {

    @GetMapping(path = "/orders/{id}", produces = "application/json")
    public String order(@PathVariable long id) {
      if (id == 404) {
        throw new ShopException.OrderNotFound(id);
      }
      return "{\"id\":" + id + "}";
    }

    @PostMapping(path = "/orders", consumes = "application/json", produces = "application/json")
    public ResponseEntity<String> create(@Valid @RequestBody NewOrder order) {
      return ResponseEntity.status(201).body("{\"item\":\"" + order.item() + "\"}");
    }

    @GetMapping("/search")
    public String search(@RequestParam int limit, @RequestHeader("X-Shop-Key") String key) {
      return "limit " + limit;
    }

    @GetMapping("/count")
    public String count(@RequestParam @Min(1) int count) {
      return "count " + count;
    }

    @GetMapping("/slow-down")
    public String slowDown(@RequestParam(required = false) Long after) {
      ShopException e = new ShopException.SlowDown();
      if (after != null) {
        e.retryAfter(after);
      }
      throw e;
    }

    @GetMapping("/shipped")
    public String shipped() {
      throw new OrdersException.TheOrderIsAlreadyShipped();
    }

    @GetMapping("/status/{code}")
    public String status(@PathVariable int code) {
      throw new ResponseStatusException(HttpStatus.valueOf(code), "secret reason");
    }

    @GetMapping("/problem")
    public String problem() {
      ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "secret problem");
      throw new ErrorResponseException(HttpStatus.CONFLICT, detail, null);
    }

    @GetMapping("/bug")
    public String bug() {
      throw new IllegalStateException("secret bug");
    }

    @GetMapping("/error-thrown")
    public String error() {
      throw new AssertionError("secret error");
    }

    @GetMapping("/advice")
    public String advice() {
      throw new AdviceHandled();
    }

    @GetMapping("/send-error/{code}")
    public void sendError(@PathVariable int code, HttpServletResponse response) throws IOException {
      response.sendError(code, "secret message");
    }

    @GetMapping("/async-timeout")
    public DeferredResult<String> asyncTimeout() {
      return new DeferredResult<>(100L);
    }

    @PostMapping("/upload")
    public String upload(@RequestPart("file") MultipartFile file) {
      return "size " + file.getSize();
    }
  }

  /** A filter outside the dispatcher that fails on some paths. */
  @Bean
  public FilterRegistrationBean<Filter> failingFilter() {
    Filter filter = (request, response, chain) -> {
      String path = ((HttpServletRequest) request).getRequestURI();
      switch (path) {
        case "/filter/exception":
          throw new IllegalStateException("secret filter failure");
        case "/filter/error":
          throw new OutOfMemoryError("secret filter error");
        case "/filter/catalog":
          throw new ShopException.SlowDown();
        default:
          chain.doFilter(request, response);
      }
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(0);
    return registration;
  }
}
