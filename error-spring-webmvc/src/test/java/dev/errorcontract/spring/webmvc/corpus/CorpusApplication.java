package dev.errorcontract.spring.webmvc.corpus;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application of the corpora ({@code CorpusHttpTest}): it throws each random throwable of {@link
 * ThrowableCorpus} where the case says (a controller, a controller's failed future, a servlet filter),
 * and has one JSON endpoint for the malformed-HTTP corpus's bodies. Nothing of error-contract is
 * declared; it answers with the test catalog {@code Shop}.
 */
@SpringBootApplication
public class CorpusApplication {

  /** A JSON body. */
  public record Item(String name) {}

  @RestController
  public static class CorpusController {

    @GetMapping("/corpus/{seed}/{index}")
    public String thrown(@PathVariable long seed, @PathVariable int index) {
      return ThrowableCorpus.throwIt(ThrowableCorpus.of(seed, index));
    }

    @GetMapping("/corpus-async/{seed}/{index}")
    public CompletableFuture<String> async(@PathVariable long seed, @PathVariable int index) {
      return CompletableFuture.failedFuture(ThrowableCorpus.of(seed, index).build());
    }

    @PostMapping(path = "/items", consumes = "application/json", produces = "application/json")
    public String create(@RequestBody Item item) {
      return "{\"name\":\"" + item.name() + "\"}";
    }
  }

  /** Throws the case of every {@code /filter/corpus/...} path before the dispatcher. */
  @Bean
  public FilterRegistrationBean<Filter> corpusFilter() {
    Filter filter = (request, response, chain) -> {
      String path = ((HttpServletRequest) request).getRequestURI();
      if (path.startsWith("/filter/corpus/")) {
        ThrowableCorpus.throwIt(ThrowableCorpus.parse(path));
      }
      chain.doFilter(request, response);
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(0);
    return registration;
  }
}
