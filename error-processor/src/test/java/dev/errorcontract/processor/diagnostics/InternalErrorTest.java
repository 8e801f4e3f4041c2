package dev.errorcontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * An unexpected failure inside the processor becomes one error on the catalog, with its trace and a
 * request to report it. The failure is injected from outside, without any hook in the processor: the
 * processor is handed a {@link Types} that throws, as a javac bug or an unforeseen input would.
 */
class InternalErrorTest {

  /** Thrown by the broken {@link Types}; its text must reach the user in the trace. */
  private static final String INJECTED = "injected failure for InternalErrorTest";

  @Test
  void anUnexpectedFailureIsOneErrorOnTheCatalogAndOtherCatalogsGoOn() {
    Javac.Result result = Javac.compile(withBrokenTypes(new ErrorCatalogProcessor()), List.of(
        // Checking that Instant renders as text asks Types: this catalog meets the failure.
        source("BrokenErrors", """
            package test;
            import dev.errorcontract.catalog.*;
            @ErrorCatalog("Broken")
            @Status(code = 400, title = "Bad Request", description = "Bad request")
            @Status(code = 500, title = "Internal Server Error", description = "Server error")
            @ApiError(status = 400, detail = "Expired at {at}", description = "d",
                  args = @Arg(name = "at", type = java.time.Instant.class))
            @FieldBody("detail")
            interface BrokenErrors {}
            """),
        // Nothing here needs Types: it is generated as usual.
        source("GoodErrors", """
            package test;
            import dev.errorcontract.catalog.*;
            @ErrorCatalog("Good")
            @Status(code = 400, title = "Bad Request", description = "Bad request")
            @Status(code = 500, title = "Internal Server Error", description = "Server error")
            @FieldBody("detail")
            interface GoodErrors {}
            """)));

    List<Diagnostic<?>> errors = result.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .<Diagnostic<?>>map(d -> d)
        .toList();
    assertWithMessage("errors: %s", result.errors()).that(errors).hasSize(1);
    Diagnostic<?> error = errors.get(0);
    String text = error.getMessage(Locale.ROOT);
    assertThat(text).startsWith("[error-contract:internal-error]");
    assertThat(text).contains("Please report this");
    assertThat(text).contains("java.lang.IllegalStateException: " + INJECTED);
    assertThat(text).contains("at dev.errorcontract.processor.");
    assertThat(text).doesNotContain("threw an uncaught exception");
    // On the catalog element: javac places a type at its name.
    assertThat(((javax.tools.JavaFileObject) error.getSource()).getName()).endsWith("BrokenErrors.java");
    assertThat(error.getLineNumber()).isEqualTo(9L); // interface BrokenErrors {}
    assertThat(result.generated()).containsExactly("test.GoodDecoder", "test.GoodError", "test.GoodException", "test.GoodStatus");
  }

  /** {@code processor}, given a processing environment whose {@link Types} throws on every call. */
  private static Processor withBrokenTypes(Processor processor) {
    return new AbstractProcessor() {
      @Override
      public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Types broken = (Types) Proxy.newProxyInstance(
            Types.class.getClassLoader(), new Class<?>[] {Types.class}, (proxy, method, args) -> {
              throw new IllegalStateException(INJECTED);
            });
        processor.init((ProcessingEnvironment) Proxy.newProxyInstance(
            ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getTypeUtils")) {
                return broken;
              }
              try {
                return method.invoke(env, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
      }

      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return processor.process(annotations, round);
      }
    };
  }
}
