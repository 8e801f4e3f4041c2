package dev.errorcontract.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: a catalog whose rows of one status are templates made only of placeholders, of argument types
 * that cannot render one text (a number, a UUID, a boolean), compiles, and its decoder tells each answer
 * apart by what its text can be.
 */
class PlaceholderTemplatesTest {

  private static final String CATALOG = """
      package only;
      import dev.errorcontract.catalog.*;
      /** The catalog. */
      @ErrorCatalog("Only")
      @Status(code = 400, title = "Bad Request", description = "x",
          suppress = "error-contract:status-answer-added")
      @Status(code = 500, title = "Internal Server Error", description = "x")
      @ApiError(status = 400, detail = "{count}", constant = "COUNT", description = "d",
          args = @Arg(name = "count", type = int.class))
      @ApiError(status = 400, detail = "{id}", constant = "ID", description = "d",
          args = @Arg(name = "id", type = java.util.UUID.class))
      @ApiError(status = 400, detail = "{flag}", constant = "FLAG", description = "d",
          args = @Arg(name = "flag", type = boolean.class))
      @FieldBody("detail")
      interface OnlyErrors {}
      """;

  @Test
  void eachAnswerDecodesToItsOwnRow() throws Exception {
    Compiled compiled = Compiled.compile("only.OnlyErrors", CATALOG);
    ErrorDecoder decoder = (ErrorDecoder) compiled.load("only.OnlyDecoder").getMethod("decoder").invoke(null);
    CatalogException count = decoder.decode(400, "application/json", bytes("{\"detail\":\"-42\"}"));
    assertEquals("only.OnlyException$Count", count.getClass().getName());
    assertEquals(-42, count.getClass().getMethod("count").invoke(count));
    UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    CatalogException id = decoder.decode(400, "application/json", bytes("{\"detail\":\"" + uuid + "\"}"));
    assertEquals("only.OnlyException$Id", id.getClass().getName());
    assertEquals(uuid, id.getClass().getMethod("id").invoke(id));
    CatalogException flag = decoder.decode(400, "application/json", bytes("{\"detail\":\"true\"}"));
    assertEquals("only.OnlyException$Flag", flag.getClass().getName());
    CatalogException added = decoder.decode(400, "application/json", bytes("{\"detail\":\"Bad Request\"}"));
    assertEquals("only.OnlyException$BadRequest", added.getClass().getName());
    assertThrows(UndocumentedAnswerException.class,
        () -> decoder.decode(400, "application/json", bytes("{\"detail\":\"maybe\"}")));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
