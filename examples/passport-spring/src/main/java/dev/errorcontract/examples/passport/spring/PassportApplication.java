package dev.errorcontract.examples.passport.spring;

import dev.errorcontract.examples.passport.NonceStore;
import dev.errorcontract.examples.passport.PassportData;
import dev.errorcontract.examples.passport.PassportOptions;
import dev.errorcontract.examples.support.FixedWindowLimiter;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Spring Boot application: the registry controller, the API key check and the shared domain as
 * beans. Of error-contract it declares nothing: error-spring-webmvc's auto-configuration finds the
 * Passport catalog on the class path and answers every error with its documented bytes.
 *
 * <p>{@link PassportSpringServer} registers the parsed {@link PassportOptions} as a bean before the
 * context refreshes.
 */
@SpringBootApplication
public class PassportApplication implements WebMvcConfigurer {

  /** The property serving {@code GET /debug/fail} ({@code --fault-injection}). */
  static final String FAULT_INJECTION = "passport.fault-injection";

  private final PassportData data = new PassportData();
  private final FixedWindowLimiter limiter;

  /** The application for {@code options}. */
  public PassportApplication(PassportOptions options) {
    this.limiter =
        new FixedWindowLimiter(options.rateLimit(), TimeUnit.MINUTES.toNanos(1), System::nanoTime);
  }

  @Bean
  PassportData passportData() {
    return data;
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  NonceStore nonceStore(PassportOptions options, Clock clock) {
    return new NonceStore(options.nonceTtl(), clock);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ApiKeyInterceptor(data, limiter));
  }
}
