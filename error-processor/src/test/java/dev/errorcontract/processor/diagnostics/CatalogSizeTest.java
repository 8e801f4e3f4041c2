package dev.errorcontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A catalog too large for one generated enum is refused with a diagnostic that says why and what to do,
 * instead of javac's "code too large" on generated code; the largest allowed one compiles.
 */
class CatalogSizeTest {

  @Test
  void theLargestAllowedCatalogCompiles() {
    // 1,770 rows, each with a machine code: the lookup by code needs 1,770 × 36 = 63,720 bytes of the
    // 64,000 budget, the initializer 1,774 × 22 = 39,028; javac compiles it.
    assertThat(compile(1_770)).succeeded();
  }

  @Test
  void overTheBudgetIsRefusedOnTheCatalog() {
    // 1,780 × 36 = 64,080 bytes for the lookup by code.
    JavaFileObject source = source(1_780);
    Compilation compilation = javac().withProcessors(new ErrorCatalogProcessor()).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:catalog-too-large] The catalog's 1784 errors, 1780 of them with a machine code, are"
            + " too many for one generated BigError enum: its lookup by machine code (byCode) would need about 64080"
            + " bytes of bytecode")
        .inFile(source)
        .onLineContaining("@ErrorCatalog(");
  }

  private static Compilation compile(int rows) {
    return javac().withProcessors(new ErrorCatalogProcessor()).compile(source(rows));
  }

  private static JavaFileObject source(int rows) {
    StringBuilder errors = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      int status = 400 + (i % 2) * 4; // 400 and 404
      errors.append(i % 4 == 3
          ? "@ApiError(status = " + status + ", detail = \"Item " + i + " of {id} failed\", code = \"e" + i
              + "\", description = \"Row " + i + ".\", args = @Arg(name = \"id\", type = long.class))\n"
          : "@ApiError(status = " + status + ", detail = \"Row " + i + " failed\", code = \"e" + i
              + "\", description = \"Row " + i + ".\")\n");
    }
    return JavaFileObjects.forSourceString("big.BigErrors", "package big;\n\n"
        + "import dev.errorcontract.catalog.*;\n\n"
        + "@ErrorCatalog(\"Big\")\n"
        + "@Status(code = 400, title = \"Bad Request\", description = \"Invalid.\")\n"
        + "@Status(code = 404, title = \"Not Found\", description = \"Missing.\")\n"
        + "@Status(code = 429, title = \"Too Many Requests\", description = \"Slow down.\")\n"
        + "@Status(code = 500, title = \"Internal Server Error\", description = \"Our fault.\")\n"
        + errors
        + "@FieldBody(\"detail\")\n"
        + "interface BigErrors {}\n");
  }
}
