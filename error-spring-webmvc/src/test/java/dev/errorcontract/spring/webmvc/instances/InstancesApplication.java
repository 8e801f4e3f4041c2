package dev.errorcontract.spring.webmvc.instances;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 25's application: the catalogs of the two new instance sources, Mailchimp's bare UUID and an
 * application's own supplier, and a controller throwing their exceptions and a failure.
 */
@SpringBootApplication
public class InstancesApplication {

  @RestController
  public static class Thrower {

    @GetMapping("/lists/thrown")
    public String mailchimp() {
      throw new MailchimpException.BadRequest();
    }

    @GetMapping("/orders/thrown/{how}")
    public String supplied(@PathVariable String how) {
      throw new SuppliedException.OutOfStock();
    }

    @GetMapping("/boom")
    public String boom() {
      throw new IllegalStateException("secret internals");
    }
  }
}
