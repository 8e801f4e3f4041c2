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
    // 1,580 rows, 395 of them with an argument, plus 4 status constants: 1,584 × 36 + 395 × 6 = 59,394
    // bytes of the 64,000 budget; javac compiles it.
    assertThat(compile(1_580)).succeeded();
  }

  @Test
  void overTheBudgetIsRefusedOnTheCatalog() {
    // 1,712 × 36 + 427 × 6 = 64,194 bytes.
    JavaFileObject source = source(1_708);
    Compilation compilation = javac().withProcessors(new ErrorCatalogProcessor()).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:catalog-too-large] The catalog's 1712 errors with 427 template"
            + " arguments are too many for one generated BigError enum: its initializer would need about 64194"
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
      errors.append(i == 0 ? "" : ",\n").append(i % 4 == 3
          ? "  @ErrorDetail(status = " + status + ", detail = \"Item " + i + " of {id} failed\", code = \"e" + i
              + "\", description = \"Row " + i + ".\", args = @Arg(name = \"id\", type = long.class))"
          : "  @ErrorDetail(status = " + status + ", detail = \"Row " + i + " failed\", code = \"e" + i
              + "\", description = \"Row " + i + ".\")");
    }
    return JavaFileObjects.forSourceString("big.BigErrors", "package big;\n\n"
        + "import dev.errorcontract.catalog.*;\n\n"
        + "@ErrorCatalog(\n"
        + "    name = \"Big\",\n"
        + "    statuses = {\n"
        + "      @Status(code = 400, title = \"Bad Request\", description = \"Invalid.\"),\n"
        + "      @Status(code = 404, title = \"Not Found\", description = \"Missing.\"),\n"
        + "      @Status(code = 429, title = \"Too Many Requests\", description = \"Slow down.\"),\n"
        + "      @Status(code = 500, title = \"Internal Server Error\", description = \"Our fault.\")},\n"
        + "    errors = {\n" + errors + "})\n"
        + "@FieldBody(\"detail\")\n"
        + "interface BigErrors {}\n");
  }
}
