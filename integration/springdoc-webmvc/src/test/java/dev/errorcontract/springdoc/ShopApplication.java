package dev.errorcontract.springdoc;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with springdoc-openapi and error-spring-webmvc on its class path. */
@SpringBootApplication
public class ShopApplication {

  /** Made by Spring. */
  public ShopApplication() {}
}
