package dev.errorcontract.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import reactor.netty.http.client.HttpClient;

/**
 * Every Spring client the suite calls the third-party server with, each set up with the one line the
 * README shows, by name. Each is a function from the answer's id to the body of a 2xx answer.
 */
final class SpringClients {

  static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** A client: GET /a/{id}, the body of a 2xx answer as text; an error answer throws. */
  interface Client {
    String get(String id);
  }

  private SpringClients() {}

  /** The clients, by name, in a fixed order. */
  static Map<String, Function<URI, Client>> all() {
    Map<String, Function<URI, Client>> all = new LinkedHashMap<>();
    all.put("RestClient, JDK HttpClient", base -> restClient(base, jdk()));
    all.put("RestClient, HttpURLConnection", base -> restClient(base, simple()));
    all.put("RestClient, Reactor Netty", base -> restClient(base, reactor()));
    all.put("RestTemplate, HttpURLConnection", base -> restTemplate(base, simple()));
    all.put("RestTemplate, JDK HttpClient", base -> restTemplate(base, jdk()));
    all.put("WebClient, Reactor Netty", base -> {
      WebClient client = webClientBuilder(base, HttpClient.create()).build();
      return id -> client.get().uri("/a/{id}", id).retrieve().bodyToMono(String.class).block(TIMEOUT);
    });
    all.put("WebClient, Reactor Netty inflating, exchangeToMono", base -> {
      WebClient client = webClientBuilder(base, HttpClient.create().compress(true)).build();
      return id -> client.get().uri("/a/{id}", id).exchangeToMono(r -> r.bodyToMono(String.class)).block(TIMEOUT);
    });
    all.put("@HttpExchange on RestClient, JDK HttpClient", base -> {
      ShopApi api = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(
          restClientBuilder(base, jdk()).build())).build().createClient(ShopApi.class);
      return api::get;
    });
    all.put("@HttpExchange on WebClient", base -> {
      ShopApi api = HttpServiceProxyFactory.builderFor(WebClientAdapter.create(
          webClientBuilder(base, HttpClient.create()).build())).build().createClient(ShopApi.class);
      return api::get;
    });
    all.put("@HttpExchange on WebClient, Mono", base -> {
      ShopApi api = HttpServiceProxyFactory.builderFor(WebClientAdapter.create(
          webClientBuilder(base, HttpClient.create()).build())).build().createClient(ShopApi.class);
      return id -> api.getLater(id).block(TIMEOUT);
    });
    return all;
  }

  static List<String> names() {
    return List.copyOf(all().keySet());
  }

  static RestClient.Builder restClientBuilder(URI base, ClientHttpRequestFactory factory) {
    return RestClient.builder().baseUrl(base.toString()).requestFactory(factory)
        .defaultStatusHandler(new ErrorContractResponseErrorHandler(ShopDecoder.decoder()));
  }

  static WebClient.Builder webClientBuilder(URI base, HttpClient http) {
    return WebClient.builder().baseUrl(base.toString()).clientConnector(new ReactorClientHttpConnector(http))
        .filter(new ErrorContractExchangeFilter(ShopDecoder.decoder()));
  }

  private static Client restClient(URI base, ClientHttpRequestFactory factory) {
    RestClient client = restClientBuilder(base, factory).build();
    return id -> client.get().uri("/a/{id}", id).retrieve().body(String.class);
  }

  private static Client restTemplate(URI base, ClientHttpRequestFactory factory) {
    RestTemplate template = new RestTemplate(factory);
    template.setErrorHandler(new ErrorContractResponseErrorHandler(ShopDecoder.decoder()));
    return id -> template.getForObject(base.resolve("a/" + id), String.class);
  }

  static ClientHttpRequestFactory jdk() {
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
    factory.setReadTimeout(TIMEOUT);
    return factory;
  }

  static ClientHttpRequestFactory simple() {
    SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
    factory.setConnectTimeout((int) TIMEOUT.toMillis());
    factory.setReadTimeout((int) TIMEOUT.toMillis());
    return factory;
  }

  static ClientHttpRequestFactory reactor() {
    ReactorClientHttpRequestFactory factory = new ReactorClientHttpRequestFactory();
    factory.setReadTimeout(TIMEOUT);
    return factory;
  }
}
