package dev.errorcontract.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.internal.answering.AnswerTable;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The servlet's correlation ids, as the JAX-RS glue makes them: an id that is sent is the id of a log
 * line of logger {@code dev.errorcontract.servlet}, in {@code X-Correlation-Id} and, for a catalog
 * whose instance is a correlation URN, in the body.
 */
class ContainerErrorServletTest {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
  /** Held so that the level set on it stays (JUL keeps loggers weakly). */
  private static final Logger JUL = Logger.getLogger("dev.errorcontract.servlet");

  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level level;

  @BeforeEach
  void capture() {
    level = JUL.getLevel();
    JUL.addHandler(capture);
    JUL.setLevel(Level.INFO);
  }

  @AfterEach
  void release() {
    JUL.removeHandler(capture);
    JUL.setLevel(level);
  }

  /** Before, the URN's id was made here, logged nowhere and sent in no header. */
  @Test
  void aContainer404OfACorrelationUrnCatalogSendsAndLogsItsId() throws Exception {
    Response response = new Response();
    ContainerErrorServlet.answer(
        new AnswerTable(UrnError.table()), false, null, 404, "GET", "/no/such%20path",
        response.proxy());
    assertEquals(404, response.status);
    String id = response.headers.get("X-Correlation-Id");
    assertTrue(UUID.matcher(String.valueOf(id)).matches(), response.headers::toString);
    assertEquals(
        "{\"detail\":\"No route matches the request path.\",\"instance\":\"urn:uuid:" + id + "\"}",
        response.body.toString(UTF_8));
    assertEquals("application/json", response.headers.get("Content-Type"));
    assertEquals(1, records.size(), records::toString);
    assertEquals(Level.INFO, records.get(0).getLevel());
    assertEquals(
        "Answered 404 GET /no/such%20path; correlation id " + id, records.get(0).getMessage());
  }

  @Test
  void aFailureOfACorrelationUrnCatalogCarriesTheIdItWasLoggedWith() throws Exception {
    Response response = new Response();
    ContainerErrorServlet.answer(
        new AnswerTable(UrnError.table()), true, "0e7a3c52-2f0b-4c55-9a55-0c1d2e3f4a5b", 500,
        "POST", "/x", response.proxy());
    assertEquals(500, response.status);
    assertEquals("0e7a3c52-2f0b-4c55-9a55-0c1d2e3f4a5b", response.headers.get("X-Correlation-Id"));
    assertEquals(
        "{\"detail\":\"Internal Server Error\","
            + "\"instance\":\"urn:uuid:0e7a3c52-2f0b-4c55-9a55-0c1d2e3f4a5b\"}",
        response.body.toString(UTF_8));
    assertEquals(List.of(), records, "logged once, with the failure, by service");
  }

  /**
   * The failure's line and the header hold one id, whatever the deployment's catalog (and before
   * there is one, when only the status is sent: the id is sent all the same).
   */
  @Test
  void aFailureIsLoggedAtErrorAndItsIdSent() throws Exception {
    AssertionError failure = new AssertionError("hunter2");
    Response response = new Response();
    new ContainerErrorServlet().service(errorDispatch(failure), response.proxy());
    assertEquals(1, records.size(), records::toString);
    LogRecord record = records.get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertSame(failure, record.getThrown());
    String id = response.headers.get("X-Correlation-Id");
    assertTrue(UUID.matcher(String.valueOf(id)).matches(), response.headers::toString);
    assertEquals(
        "Failure the servlet container caught, answered as documented; correlation id " + id,
        record.getMessage());
    assertTrue(!response.body.toString(UTF_8).contains("hunter2"));
  }

  private static HttpServletRequest errorDispatch(Throwable thrown) {
    Map<String, Object> attributes =
        Map.of(
            RequestDispatcher.ERROR_EXCEPTION, thrown,
            RequestDispatcher.ERROR_STATUS_CODE, 500,
            RequestDispatcher.ERROR_REQUEST_URI, "/failing");
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ContainerErrorServletTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "getAttribute":
                  return attributes.get((String) args[0]);
                case "getDispatcherType":
                  return DispatcherType.ERROR;
                case "getMethod":
                  return "GET";
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }

  /** What the servlet sets on a response. */
  private static final class Response {
    int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    HttpServletResponse proxy() {
      ServletOutputStream out =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              ContainerErrorServletTest.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setStatus":
                    status = (Integer) args[0];
                    return null;
                  case "setHeader":
                    headers.put((String) args[0], (String) args[1]);
                    return null;
                  case "setContentLength":
                    headers.put("Content-Length", String.valueOf(args[0]));
                    return null;
                  case "isCommitted":
                    return false;
                  case "resetBuffer":
                    return null;
                  case "getOutputStream":
                    return out;
                  default:
                    throw new UnsupportedOperationException(method.getName());
                }
              });
    }
  }
}
