package dev.errorcontract.examples.signzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JAX-RS client against the demo registry, and against registries that fail. */
class RegistryClientTest {

  @Test
  void readsRecordsAndUpdatesFromTheDemoRegistry() throws Exception {
    try (DemoRegistry demo = DemoRegistry.start();
        RegistryClient client = new RegistryClient(demo.uri(), Duration.ofSeconds(5))) {
      assertEquals(
          Optional.of(
              new RegistryClient.PanRecord("PQRST6789U", "NILGIRI TRADERS", "VALID", "Firm")),
          client.find("PQRST6789U"));
      assertEquals(Optional.empty(), client.find("ZZZZZ9999Z"));
      assertEquals(
          Optional.of(
              List.of(
                  new RegistryClient.PanUpdate("name", "ASHA VERMA", "2025-06-15T09:30:00Z"))),
          client.updates("ABCDE1234F", Instant.parse("2025-01-01T00:00:00Z")));
      assertEquals(
          Optional.of(List.of()),
          client.updates("ABCDE1234F", Instant.parse("2026-01-01T00:00:00Z")));
    }
  }

  @Test
  void aRefusedConnectionIsUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (RegistryClient client =
        new RegistryClient(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(2))) {
      var e = assertThrows(RegistryClient.UpstreamException.class, () -> client.find("ABCDE1234F"));
      assertEquals(RegistryClient.UpstreamException.Kind.UNREACHABLE, e.kind());
    }
  }

  @Test
  void noAnswerInTimeIsATimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        RegistryClient client =
            new RegistryClient(
                URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"),
                Duration.ofMillis(200))) {
      var e = assertThrows(RegistryClient.UpstreamException.class, () -> client.find("ABCDE1234F"));
      assertEquals(RegistryClient.UpstreamException.Kind.TIMEOUT, e.kind());
    }
  }
}
