package dev.errorcontract.spring.webmvc;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import java.io.IOException;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Embedded Tomcat's own error report, the HTML page it writes for a request it rejects before any
 * application sees it (a malformed request line or header, a bad percent-encoding, {@code /..;/}, an
 * unsupported HTTP version), replaced by the documented answer: this valve takes the place of every
 * {@link ErrorReportValve} of the context's host, Boot's included, when the context starts. A 404 is
 * {@link Condition#UNKNOWN_PATH}, any other code the catalog's status rule (Tomcat hands the parser's
 * exception along with its 400: the client's mistake, answered by the status), an exception with a
 * plain 500 the documented unexpected failure (logged with a correlation id). Loaded only where Tomcat is.
 */
final class TomcatErrorReport extends ErrorReportValve {

  private final WebMvcErrorContract contract;

  private TomcatErrorReport(WebMvcErrorContract contract) {
    this.contract = contract;
  }

  /** Installs the valve in the host of {@code context} when the context starts. */
  static void install(Context context, WebMvcErrorContract contract) {
    context.addLifecycleListener(event -> {
      if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
        return;
      }
      Container host = context.getParent();
      if (host == null) {
        return;
      }
      // After the host added its own and every customizer (Boot's) added theirs: one report, ours.
      Pipeline pipeline = host.getPipeline();
      for (Valve valve : pipeline.getValves()) {
        if (valve instanceof ErrorReportValve) {
          if (valve instanceof TomcatErrorReport) {
            return;
          }
          pipeline.removeValve(valve);
        }
      }
      pipeline.addValve(new TomcatErrorReport(contract));
    });
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    Correlation correlation = contract.containerCorrelation();
    String path = request.getRequestURI();
    try {
      // A parser's exception comes with the status it chose (400, 505): answered by the status. Only an
      // exception with a plain 500 is a failure.
      if (throwable != null && status == 500) {
        String id = correlation.unexpectedFailure(throwable);
        contract.answer(contract.answerFor(Condition.UNEXPECTED_FAILURE), null, id, correlation,
            request, response, path);
        return;
      }
      ResolvedAnswer answer =
          status == 404 ? contract.answerFor(Condition.UNKNOWN_PATH) : contract.answerFor(status);
      contract.answer(answer, name -> {
        String value = response.getHeader(name);
        return value == null ? null : java.util.List.of(value);
      }, null, correlation, request, response, path);
    } catch (IOException | RuntimeException e) {
      // The client is gone or the response cannot take a body any more: nothing more to send.
    }
  }
}
