package dev.errorcontract.spring.webflux.instances;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 25's WebFlux application: the catalogs of the two new instance sources, Mailchimp's bare UUID
 * and an application's own supplier, and a controller throwing their exceptions and a failure.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(InstancesFluxApp.Thrower.class)
public class InstancesFluxApp {

  @RestController
  static class Thrower {

    @GetMapping("/lists/thrown")
    String mailchimp() {
      throw new MailchimpException.BadRequest();
    }

    @GetMapping("/orders/thrown/{how}")
    String supplied(@PathVariable("how") String how) {
      throw new SuppliedException.OutOfStock();
    }

    @GetMapping("/boom")
    String boom() {
      throw new IllegalStateException("secret internals");
    }
  }
}
