package dev.errorcontract.processor.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.processor.derive.ArgumentType;
import dev.errorcontract.processor.derive.ErrorModel;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary of argument types ({@link ArgumentType}) is complete in itself: a catalog with one row
 * per constant, each holding an argument of the constant's {@link ArgumentType#example() example} type,
 * compiles without a warning; and for each row, the body the server sends with the constant's {@link
 * ArgumentType#exampleText() example text} as the argument (in the detail, and in a body member in the
 * constant's {@link ArgumentType#json() JSON kind}) decodes back into that row's exception, with an
 * argument of the declared type rendering as that text, and the exception's body is those very bytes.
 *
 * <p>So a new supported type is one new constant of {@link ArgumentType}: the validator accepts it, the
 * generated exception holds it, the body writes it in its JSON kind, the decoder reads it back, and
 * this test compiles, renders and decodes it, with no other file changed.
 */
class ArgumentTypeTest {

  @Test
  void everyTypeOfTheVocabularyRendersAndDecodesBack() throws Exception {
    ArgumentType[] kinds = ArgumentType.values();
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < kinds.length; i++) {
      rows.append("@ApiError(status = 400, detail = \"").append(detail(i, "{a}"))
          .append("\", description = \"").append(kinds[i]).append(".\", args = @Arg(name = \"a\", type = ")
          .append(kinds[i].example()).append(".class))\n");
    }
    Compiled compiled = Compiled.compile("vocab.VocabErrors", """
        package vocab;

        import dev.errorcontract.catalog.*;

        /** Every argument type. */
        @ErrorCatalog("Vocab")
        @Status(code = 400, title = "Bad Request", description = "Invalid.")
        @Status(code = 500, title = "Internal Server Error", description = "Ours.")
        """ + rows + """
        @FieldBody(value = "message", members = @Member(name = "value", argument = "a"))
        @SuppressWarnings("error-contract:status-answer-added")
        interface VocabErrors {}
        """);
    ErrorDecoder decoder = (ErrorDecoder) compiled.load("vocab.VocabDecoder").getMethod("decoder").invoke(null);
    for (int i = 0; i < kinds.length; i++) {
      ArgumentType kind = kinds[i];
      String text = kind.exampleText();
      String value = kind.json() == ErrorModel.Json.STRING ? "\"" + text + "\"" : text;
      byte[] body = ("{\"message\":\"" + detail(i, text) + "\",\"value\":" + value + "}")
          .getBytes(StandardCharsets.UTF_8);
      CatalogException decoded = decoder.decode(400, "application/json", body);
      assertEquals(detail(i, text), decoded.detail(), kind.name());
      Method argument = decoded.getClass().getMethod("a");
      assertEquals(kind.example(), argument.getReturnType().getName(), kind.name());
      assertEquals(text, String.valueOf(argument.invoke(decoded)), kind.name());
      assertArrayEquals(body, decoded.body().toByteArray(), kind.name());
    }
  }

  private static String detail(int row, String argument) {
    return "Value " + row + " is " + argument;
  }
}
