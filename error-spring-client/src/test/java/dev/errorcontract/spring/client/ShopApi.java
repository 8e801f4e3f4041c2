package dev.errorcontract.spring.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import reactor.core.publisher.Mono;

/** The third-party API as an {@code @HttpExchange} interface, as a Spring user declares it. */
@HttpExchange("/a")
interface ShopApi {

  @GetExchange("/{id}")
  String get(@PathVariable("id") String id);

  @GetExchange("/{id}")
  Mono<String> getLater(@PathVariable("id") String id);
}
