package dev.errorcontract.processor.operations;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.operations.OperationSources.SHOP;
import static dev.errorcontract.processor.operations.OperationSources.compile;
import static dev.errorcontract.processor.operations.OperationSources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: OpenAPI requires each {@code operationId} to be unique; overloaded resource methods all had
 * {@code Resource.method}. They are now told apart by their HTTP method and path, deterministically.
 */
class OperationIdsTest {

  private static final JavaFileObject OVERLOADS = source("Orders", """
      package test;
      import jakarta.ws.rs.*;
      @Path("/orders")
      public class Orders {
        @GET
        public String find() throws ShopException.InvalidLimit {
          throw new ShopException.InvalidLimit();
        }
        @GET
        @Path("{id}")
        public String find(@PathParam("id") String id) throws ShopException.NoSuchOrder {
          throw new ShopException.NoSuchOrder();
        }
        @POST
        @Path("{id}")
        public String find(@PathParam("id") String id, String body) throws ShopException.InvalidName {
          throw new ShopException.InvalidName();
        }
        @DELETE
        @Path("{id}")
        public String cancel(@PathParam("id") String id) {
          return id;
        }
      }
      """);

  private static List<String> ids(String text) {
    Matcher m = Pattern.compile("\"operationId\": \"([^\"]*)\"").matcher(text);
    List<String> ids = new java.util.ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static String resource(Compilation compilation, String path) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void overloadedMethodsGetUniqueIdsNamingMethodAndPath() throws IOException {
    Compilation compilation = compile(SHOP, OVERLOADS);
    assertThat(compilation).succeeded();
    String document = resource(compilation, "META-INF/error-contract/operations.openapi.json");
    assertThat(ids(document)).containsExactly(
        "Orders.find_get_orders", "Orders.find_get_orders_id", "Orders.find_post_orders_id", "Orders.cancel");
    // The Markdown page names the same ids.
    String page = resource(compilation, "META-INF/error-contract/Shop.operations.md");
    for (String id : ids(document)) {
      assertThat(page).contains("`" + id + "`");
    }
  }

  @Test
  void theIdsAreTheSameInEveryBuild() throws IOException {
    String first = resource(compile(SHOP, OVERLOADS), "META-INF/error-contract/operations.openapi.json");
    String second = resource(compile(SHOP, OVERLOADS), "META-INF/error-contract/operations.openapi.json");
    assertThat(ids(second)).isEqualTo(ids(first));
  }
}
