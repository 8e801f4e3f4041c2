package dev.errorcontract.processor.diagnostics;

import static dev.errorcontract.processor.diagnostics.Sources.assertOneError;
import static dev.errorcontract.processor.diagnostics.Sources.compile;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user type named like one of the JAX-RS providers the processor generates for a catalog clashes
 * with it: the one error is reported on the catalog's name, before anything is generated.
 */
class ProviderNameCollisionTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "ExceptionMapper", "WebApplicationExceptionMapper", "ThrowableMapper", "ResponseFilter",
    "BodyWriter", "ReaderInterceptor"
  })
  void aUserTypeNamedLikeAGeneratedProviderIsACollisionOnTheCatalogName(String suffix) {
    JavaFileObject user = source("Passport" + suffix, """
        package test;
        public class Passport%s {}
        """.formatted(suffix));
    JavaFileObject file = source("PassportErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog("Passport")
        @Status(code = 400, title = "Bad Request", description = "Bad request")
        @Status(code = 500, title = "Internal Server Error", description = "Server error")
        @FieldBody("detail")
        interface PassportErrors {}
        """);
    assertOneError(compile(user, file), Message.TYPE_NAME_COLLISION, file, "\"Passport\"");
  }
}
