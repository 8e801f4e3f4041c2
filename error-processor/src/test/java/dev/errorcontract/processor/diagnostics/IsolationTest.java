package dev.errorcontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A catalog with errors reports all of them at once and generates nothing, while the other catalogs of
 * the same compilation are generated as usual.
 */
class IsolationTest {

  @Test
  void everyProblemOfACatalogIsReportedInOneCompilation() {
    Javac.Result result = Javac.compile(new ErrorCatalogProcessor(), List.of(source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 400, title = "Bad Request", description = "Again", constant = "AGAIN")
        @Status(code = 700, title = "Odd", description = "Odd")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @ApiError(status = 418, detail = "Teapot", description = "d")
        @ApiError(status = 400, detail = "Invalid {x", description = "d")
        @ApiError(status = 400, detail = "Invalid limit", description = "d",
                args = @Arg(name = "limit", type = Object.class))
        @ProblemBody(type = "not a uri")
        interface PassportErrors {}
        """)));
    assertThat(result.success()).isFalse();
    assertThat(result.errors().stream().map(e -> e.replaceAll(".*\\[error-contract:([a-z-]+)].*", "$1")).sorted().toList())
        .containsExactly(
            "arg-type-unsupported", "arg-without-placeholder", "error-status-undocumented", "problem-type-invalid",
            "status-duplicate", "status-range", "template-malformed");
    assertThat(result.generated()).isEmpty();
  }

  @Test
  void aFailingCatalogGeneratesNothingWhileAValidOneIsGenerated() {
    Javac.Result result = Javac.compile(new ErrorCatalogProcessor(), List.of(
        source("BadErrors", """
            package test;
            import dev.errorcontract.catalog.*;
            @ErrorCatalog("Bad")
            @Status(code = 400, title = "Bad Request", description = "Bad request")
            @Status(code = 500, title = "Internal Server Error", description = "Server error")
            @ApiError(status = 404, detail = "Missing", description = "d")
            @FieldBody("detail")
            interface BadErrors {}
            """),
        source("GoodErrors", """
            package test;
            import dev.errorcontract.catalog.*;
            @ErrorCatalog("Good")
            @Status(code = 400, title = "Bad Request", description = "Bad request")
            @Status(code = 500, title = "Internal Server Error", description = "Server error")
            @ApiError(status = 400, detail = "Invalid nonce", description = "d")
            @FieldBody("detail")
            interface GoodErrors {}
            """)));
    assertWithMessage("errors: %s", result.errors()).that(result.errors()).hasSize(1);
    assertThat(result.errors().get(0)).contains("[error-contract:error-status-undocumented]");
    assertThat(result.generated()).containsExactly("test.GoodDecoder", "test.GoodError", "test.GoodException", "test.GoodStatus");
  }
}
