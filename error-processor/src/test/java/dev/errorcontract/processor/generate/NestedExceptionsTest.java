package dev.errorcontract.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcontract.processor.generate.Scenarios.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The nested exceptions and the error enum's constants and rows written as text ({@link
 * NestedExceptions}, {@link ErrorRows}) are exactly what JavaPoet writes from the specs (a row's
 * conditions wrapped where JavaPoet wraps them): every generated file of every scenario and of catalogs chosen to be hard on the
 * text (argument types that are imported, transient or boxed; line breaks of every kind in published
 * text; deprecated rows; added answers covering several codes), compared with the same compilation
 * through JavaPoet alone. Where JavaPoet would wrap a signature, JavaPoet writes the file.
 */
class NestedExceptionsTest {

  @Test
  void everyScenarioIsWrittenAsTextAndAsJavaPoetWritesIt() {
    for (Scenario scenario : Scenarios.ALL) {
      assertSameAsJavaPoet(scenario.name(), 1, scenario.sources());
    }
  }

  @Test
  void argumentTypesLineBreaksAndDeprecationAsJavaPoetWritesThem() {
    assertSameAsJavaPoet("hard", 1, "hard.HardErrors", """
        package hard;

        import dev.errorcontract.catalog.*;

        /** Hard on the text. */
        @ErrorCatalog("Hard")
        @Status(code = 400, title = "Bad Request", description = "Line one.\\r\\nLine two.\\rThree\\u2028four\\n\\n")
        @Status(code = {500, 502, 503}, title = "Server Errors", description = "Ours.")
        @ApiError(status = 400, detail = "Order {order} at {at} for {amount}",
            description = "CR LF\\r\\nthen CR\\rthen LS\\u2028then PS\\u2029then NEL\\u0085end.\\r\\n",
            args = {@Arg(name = "order", type = java.util.UUID.class),
                @Arg(name = "at", type = java.time.Instant.class),
                @Arg(name = "amount", type = java.math.BigDecimal.class)})
        @ApiError(status = 400, detail = "Text {s} and {n} and {b} and {c}", description = "Mixed.",
            args = {@Arg(name = "s", type = CharSequence.class), @Arg(name = "n", type = Integer.class),
                @Arg(name = "b", type = boolean.class), @Arg(name = "c", type = char.class)})
        @ApiError(status = 400, detail = "Gone", description = "Old.", deprecated = "Use another.\\r\\nReally.")
        @FieldBody("detail")
        @SuppressWarnings("error-contract:status-answer-added")
        interface HardErrors {}
        """);
  }

  @Test
  void aSignatureJavaPoetWouldWrapIsLeftToJavaPoet() {
    assertSameAsJavaPoet("long", 0, "wrap.LongErrors", """
        package wrap;

        import dev.errorcontract.catalog.*;

        /** Long names. */
        @ErrorCatalog("Long")
        @Status(code = 400, title = "Bad Request")
        @Status(code = 500, title = "Internal Server Error")
        @ApiError(status = 400, detail = "Values {firstArgumentWithAVeryLongName} {secondArgumentWithAVeryLongName}",
            description = "Long names.",
            args = {@Arg(name = "firstArgumentWithAVeryLongName", type = java.util.UUID.class),
                @Arg(name = "secondArgumentWithAVeryLongName", type = java.util.UUID.class)})
        @FieldBody("detail")
        @SuppressWarnings("error-contract:status-answer-added")
        interface LongErrors {}
        """);
  }

  /** Compiles twice, as text and through JavaPoet alone; every generated file must be the same. */
  private static void assertSameAsJavaPoet(String name, int exceptionsAsText, String... sources) {
    int exceptions = ExceptionGenerator.writtenAsText.get();
    int errors = ErrorEnumGenerator.writtenAsText.get();
    Compiled text = Compiled.compile(sources);
    assertEquals(exceptionsAsText, ExceptionGenerator.writtenAsText.get() - exceptions, name + ": exceptions as text");
    assertEquals(1, ErrorEnumGenerator.writtenAsText.get() - errors, name + ": error enum as text");
    ExceptionGenerator.javaPoetOnly = true;
    ErrorEnumGenerator.javaPoetOnly = true;
    Compiled javaPoet;
    try {
      javaPoet = Compiled.compile(sources);
    } finally {
      ExceptionGenerator.javaPoetOnly = false;
      ErrorEnumGenerator.javaPoetOnly = false;
    }
    List<String> paths = new ArrayList<>(javaPoet.generatedSources());
    assertEquals(paths, new ArrayList<>(text.generatedSources()), name);
    for (String path : paths) {
      assertEquals(javaPoet.source(path), text.source(path), path);
    }
  }
}
