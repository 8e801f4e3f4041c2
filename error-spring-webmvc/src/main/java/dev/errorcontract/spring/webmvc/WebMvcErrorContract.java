package dev.errorcontract.spring.webmvc;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Violation;
import dev.errorcontract.catalog.internal.answering.AnswerTable;
import dev.errorcontract.catalog.internal.answering.ClassPathCatalogs;
import dev.errorcontract.catalog.internal.answering.Correlation;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The catalogs a Spring MVC application answers with, resolved once at start-up, and the one place
 * that writes an answer into a servlet response: the {@linkplain ErrorContractExceptionResolver
 * resolver} and the {@linkplain ErrorContractFilter filter} both answer through it.
 *
 * <p><b>Which catalog answers what.</b> A catalog exception answers with its own documented bytes,
 * whatever catalog it belongs to. What Spring, the servlet container or a bug raises (an unknown path,
 * a 405, an unreadable body, an exception no row describes) is answered by one catalog, the
 * <em>condition catalog</em>: the only catalog on the class path, or, when there are several, the one
 * named by the property {@value #CATALOG_PROPERTY}. Several catalogs and no such property is a
 * start-up error naming them: which one speaks for the framework is the application's decision, not
 * the class path order's.
 *
 * <p>Which row answers which code or condition is {@link AnswerTable}'s rule, shared with the JAX-RS
 * glue and the servlet of {@code error-servlet}; correlation ids are made, logged and sent by {@link
 * Correlation} (logger {@value #LOGGER}, header {@value Correlation#DEFAULT_HEADER}).
 *
 * <p>Immutable and thread-safe.
 */
public final class WebMvcErrorContract {

  /** The property naming the condition catalog when the class path holds several. */
  public static final String CATALOG_PROPERTY = "error-contract.webmvc.catalog";

  /** The logger of every line this module logs with a correlation id. */
  public static final String LOGGER = "dev.errorcontract.spring.webmvc";

  private final AnswerTable answers;
  /** Each catalog, where its instances come from, by its generated error enum. */
  private final Map<Class<?>, ErrorTable> instances;
  private final Correlation dispatcher;
  private final Correlation container;

  private WebMvcErrorContract(AnswerTable answers, List<ErrorTable> all) {
    this.answers = answers;
    Map<Class<?>, ErrorTable> byEnum = new HashMap<>();
    for (ErrorTable table : all) {
      for (DocumentedError error : table.errors()) {
        byEnum.put(enumOf(error), table);
      }
    }
    this.instances = Map.copyOf(byEnum);
    this.dispatcher = Correlation.of(LOGGER, "Unexpected failure", Correlation.DEFAULT_HEADER);
    this.container =
        Correlation.of(
            LOGGER, "Failure outside the Spring MVC dispatcher,", Correlation.DEFAULT_HEADER);
  }

  /**
   * The contract of the catalogs indexed on {@code loader}'s class path ({@link ClassPathCatalogs}).
   *
   * @param catalog the name of the condition catalog ({@value #CATALOG_PROPERTY}), or {@code null}
   *     when the class path holds one catalog
   * @throws IllegalStateException when the class path holds no catalog, several and {@code catalog} is
   *     null, or none of that name: the message says what is there and what to do
   */
  public static WebMvcErrorContract fromClassPath(ClassLoader loader, String catalog) {
    return of(ClassPathCatalogs.load(loader), catalog);
  }

  /**
   * The contract of {@code tables}, {@code catalog} naming the condition catalog.
   *
   * @throws IllegalStateException as {@link #fromClassPath} says
   */
  public static WebMvcErrorContract of(List<ErrorTable> tables, String catalog) {
    Objects.requireNonNull(tables, "tables");
    if (tables.isEmpty()) {
      throw new IllegalStateException(
          "error-contract: no error catalog on the class path (no " + ClassPathCatalogs.INDEX
              + "): compile the catalog with error-processor on the annotation processor path, or"
              + " set error-contract.webmvc.enabled=false to leave Spring's error handling alone");
    }
    List<String> names = new ArrayList<>();
    for (ErrorTable table : tables) {
      names.add(table.name());
    }
    ErrorTable chosen;
    if (catalog != null && !catalog.isBlank()) {
      chosen = null;
      for (ErrorTable table : tables) {
        if (table.name().equals(catalog.strip())) {
          chosen = table;
          break;
        }
      }
      if (chosen == null) {
        throw new IllegalStateException(
            "error-contract: " + CATALOG_PROPERTY + "=" + catalog + " names no catalog on the class"
                + " path; the catalogs are " + names);
      }
    } else if (tables.size() > 1) {
      throw new IllegalStateException(
          "error-contract: the class path holds " + tables.size() + " error catalogs " + names
              + "; set " + CATALOG_PROPERTY + " to the one that answers what Spring and the server"
              + " raise (unknown paths, 405, unreadable bodies, unexpected failures). Each catalog's"
              + " exceptions answer as their own catalog documents either way");
    } else {
      chosen = tables.get(0);
    }
    return new WebMvcErrorContract(new AnswerTable(chosen), tables);
  }

  /** The condition catalog. */
  public ErrorTable table() {
    return answers.table();
  }

  AnswerTable answers() {
    return answers;
  }

  /** How the dispatcher's answers log and send correlation ids. */
  Correlation dispatcherCorrelation() {
    return dispatcher;
  }

  /** How the answers given outside the dispatcher log and send correlation ids. */
  Correlation containerCorrelation() {
    return container;
  }

  /**
   * Writes the documented answer to {@code e}: its status, the headers its status declares, then the
   * ones it adds (which win), its body and exact media type; its cause logged, never sent.
   */
  void answer(
      CatalogException e, Correlation correlation, HttpServletRequest request,
      HttpServletResponse response, String path) throws IOException {
    String correlationId = correlation.cause(e);
    int status = e.status();
    prepare(response, status);
    Map<String, String> added = e.headers();
    e.error().status().headers().forEach((name, value) -> {
      if (!AnswerTable.hasHeader(added, name)) {
        response.setHeader(name, value);
      }
    });
    added.forEach(response::setHeader);
    correlation.send(correlationId, response::setHeader);
    ErrorBody body;
    ErrorTable source = instances.get(enumOf(e.error()));
    if (e.instance() == null && source != null && Correlation.onEveryAnswer(source.instance())) {
      body = e.body(correlation.instance(
          source, e.error(), correlationId, status, request.getMethod(), path, response::setHeader));
    } else {
      body = e.body();
    }
    write(response, body, e.mediaType());
  }

  /**
   * Writes a framework-made answer of the condition catalog.
   *
   * @param keptHeaders the headers of the framework's own response, read by name (see {@link
   *     AnswerTable#keptHeader}); {@code null} for none
   * @param correlationId the id a failure was logged with, or {@code null}
   */
  void answer(
      ResolvedAnswer answer, Function<String, List<String>> keptHeaders, String correlationId,
      Correlation correlation, HttpServletRequest request, HttpServletResponse response,
      String path) throws IOException {
    answer(answer, keptHeaders, correlationId, correlation, request, response, path, List.of());
  }

  /**
   * Writes a framework-made answer of the condition catalog carrying the request's {@code
   * violations} (see {@link #answer(ResolvedAnswer, Function, String, Correlation,
   * HttpServletRequest, HttpServletResponse, String)}), in the list member its row declares for them.
   */
  void answer(
      ResolvedAnswer answer, Function<String, List<String>> keptHeaders, String correlationId,
      Correlation correlation, HttpServletRequest request, HttpServletResponse response,
      String path, List<Violation> violations) throws IOException {
    DocumentedError error = answer.error();
    int status = answer.status();
    prepare(response, status);
    Map<String, String> declared = error.status().headers();
    String kept = AnswerTable.keptHeader(status);
    if (kept != null && keptHeaders != null && !AnswerTable.hasHeader(declared, kept)) {
      List<String> values = keptHeaders.apply(kept);
      if (values != null && !values.isEmpty()) {
        response.setHeader(kept, values.get(0));
        for (int i = 1; i < values.size(); i++) {
          response.addHeader(kept, values.get(i));
        }
      }
    }
    declared.forEach(response::setHeader);
    correlation.send(correlationId, response::setHeader);
    ErrorBody body =
        answer.body(
            correlation.instance(
                answers.table(), error, correlationId, status, request.getMethod(), path,
                response::setHeader),
            violations);
    write(response, body, error.mediaType());
  }

  private static void prepare(HttpServletResponse response, int status) {
    response.resetBuffer();
    response.setStatus(status);
  }

  private static void write(HttpServletResponse response, ErrorBody body, String mediaType)
      throws IOException {
    if (body == null) {
      response.setContentLength(0);
      return;
    }
    // The exact declared media type: no charset added (nothing here calls getWriter).
    response.setHeader("Content-Type", mediaType);
    response.setContentLength(body.length());
    body.writeTo(response.getOutputStream());
    response.flushBuffer();
  }

  private static Class<?> enumOf(DocumentedError error) {
    return error instanceof Enum ? ((Enum<?>) error).getDeclaringClass() : error.getClass();
  }

  /** The condition catalog, for diagnostics. */
  @Override
  public String toString() {
    return "WebMvcErrorContract[" + answers.table().name() + "]";
  }

  /** The answer to a condition the framework raised, for the classes of this package. */
  ResolvedAnswer answerFor(Condition condition) {
    return answers.answerFor(condition);
  }

  /** The answer to an error code the framework raised. */
  ResolvedAnswer answerFor(int status) {
    return answers.answerFor(status);
  }
}
