package dev.errorcontract.processor.operations;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.operations.OperationSources.BANK;
import static dev.errorcontract.processor.operations.OperationSources.SHOP;
import static dev.errorcontract.processor.operations.OperationSources.columnOf;
import static dev.errorcontract.processor.operations.OperationSources.compile;
import static dev.errorcontract.processor.operations.OperationSources.lineOf;
import static dev.errorcontract.processor.operations.OperationSources.source;

import com.google.testing.compile.Compilation;
import dev.errorcontract.processor.diagnostics.Message;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Resource methods checked against their throws clauses: each diagnostic with its key, its whole text
 * and its line and column.
 */
class ErroneousOperationsTest {

  @Test
  void undeclaredThrowIsAnErrorAtTheNew() {
    JavaFileObject resource = source("Orders", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public class Orders {
          @GET
          @Path("/{id}")
          public String order(@PathParam("id") String id) throws ShopException.NoSuchOrder {
            if (id.isEmpty()) {
              throw new ShopException.InvalidName();
            }
            throw new ShopException.NoSuchOrder();
          }
        }
        """);
    Compilation compilation = compile(SHOP, resource);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:" + Message.OPERATION_UNDECLARED_ERROR.key() + "] New"
            + " ShopException.InvalidName(...) is created here, but the operation Orders.order does not declare it,"
            + " so its documents would not list this answer. Add ShopException.InvalidName to the throws clause of"
            + " Orders.order")
        .inFile(resource)
        .onLine(lineOf(resource, "new ShopException.InvalidName()"))
        .atColumn(columnOf(resource, "new ShopException.InvalidName()"));
    assertThat(compilation.diagnostics().stream()
        .anyMatch(d -> d.getMessage(null).contains("operations.openapi.json"))).isFalse();
  }

  @Test
  void undeclaredConstructorReferenceAndPrivateCallAreErrorsWhereTheyAre() {
    JavaFileObject resource = source("Orders", """
        package test;
        import jakarta.ws.rs.*;
        import java.util.Optional;
        @Path("/orders")
        public class Orders {
          @GET
          public String list(@QueryParam("limit") String limit) throws ShopException.InvalidName {
            check(limit);
            return Optional.<String>empty().orElseThrow(ShopException.NoSuchOrder::new);
          }
          private static void check(String limit) {
            deeper(limit);
          }
          private static void deeper(String limit) {
            if (limit.length() > 3) {
              throw new ShopException.InvalidLimit();
            }
            throw new ShopException.InvalidName();
          }
        }
        """);
    Compilation compilation = compile(SHOP, resource);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-undeclared-error] ShopException.NoSuchOrder::new creates it"
            + " here, but the operation Orders.list does not declare it")
        .inFile(resource)
        .onLine(lineOf(resource, "ShopException.NoSuchOrder::new"))
        .atColumn(columnOf(resource, "ShopException.NoSuchOrder::new"));
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-undeclared-error] The call of check(...) creates"
            + " ShopException.InvalidLimit, but the operation Orders.list does not declare it")
        .inFile(resource)
        .onLine(lineOf(resource, "check(limit);"))
        .atColumn(columnOf(resource, "check(limit);") + "check".length()); // javac's caret for a call: its "("
  }

  @Test
  void neverThrownDeclarationIsAWarningAtTheThrowsEntry() {
    JavaFileObject resource = source("Orders", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public class Orders {
          @GET
          public String list() throws ShopException.InvalidLimit, ShopException.InvalidName {
            throw new ShopException.InvalidLimit();
          }
        }
        """);
    Compilation compilation = compile(SHOP, resource);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[error-contract:operation-error-never-thrown] The operation Orders.list declares"
            + " ShopException.InvalidName, but neither its body nor the private methods it calls create it")
        .inFile(resource)
        .onLine(lineOf(resource, "ShopException.InvalidName {"))
        .atColumn(columnOf(resource, ".InvalidName {"));
  }

  @Test
  void neverThrownWarningIsSilencedByItsKey() {
    JavaFileObject resource = source("Orders", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public class Orders {
          @GET
          @SuppressWarnings("error-contract:operation-error-never-thrown")
          public String list() throws ShopException.InvalidName {
            return "";
          }
        }
        """);
    assertThat(compile(SHOP, resource)).succeededWithoutWarnings();
  }

  @Test
  void anotherCatalogsErrorIsAnErrorAtTheThrowsEntry() {
    JavaFileObject resource = source("Orders", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public class Orders {
          @GET
          public String list() throws ShopException.InvalidLimit {
            throw new ShopException.InvalidLimit();
          }
          @POST
          public String pay() throws BankException.InsufficientFunds {
            throw new BankException.InsufficientFunds();
          }
        }
        """);
    Compilation compilation = compile(SHOP, BANK, resource);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-other-catalog] BankException.InsufficientFunds is an error"
            + " of the Bank catalog, but Orders answers with the Shop catalog (its first declared error is"
            + " ShopException.InvalidLimit); a resource's answers are one catalog's bodies. Declare an error of Shop,"
            + " or move the operation to a resource of the Bank catalog")
        .inFile(resource)
        .onLine(lineOf(resource, "BankException.InsufficientFunds {"))
        .atColumn(columnOf(resource, ".InsufficientFunds {")); // javac's caret for a qualified name: its last dot
  }

  @Test
  void interfaceMethodIsTheContractOfItsImplementation() {
    JavaFileObject api = source("OrdersApi", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public interface OrdersApi {
          @GET
          String list(@QueryParam("limit") int limit) throws ShopException.InvalidLimit;
        }
        """);
    JavaFileObject implementation = source("OrdersImpl", """
        package test;
        public class OrdersImpl implements OrdersApi {
          @Override
          public String list(int limit) throws ShopException.InvalidLimit, ShopException.InvalidName {
            if (limit > 100) {
              throw new ShopException.InvalidLimit();
            }
            throw new ShopException.NoSuchOrder();
          }
        }
        """);
    Compilation compilation = compile(SHOP, api, implementation);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-declared-on-implementation] OrdersImpl.list implements the"
            + " resource method OrdersApi.list, whose throws clause is the operation's contract, and"
            + " ShopException.InvalidName is not in it, so the documents would not list it. Declare it on"
            + " OrdersApi.list instead, and remove it here")
        .inFile(implementation)
        .onLine(lineOf(implementation, "ShopException.InvalidName {"))
        .atColumn(columnOf(implementation, ".InvalidName {"));
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-undeclared-error] New ShopException.NoSuchOrder(...) is"
            + " created here, but the operation OrdersApi.list does not declare it")
        .inFile(implementation)
        .onLine(lineOf(implementation, "new ShopException.NoSuchOrder()"))
        .atColumn(columnOf(implementation, "new ShopException.NoSuchOrder()"));
  }

  @Test
  void interfaceImplementedElsewhereIsDocumentedAsDeclared() throws Exception {
    JavaFileObject api = source("OrdersApi", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public interface OrdersApi {
          @GET
          String list(@QueryParam("limit") int limit) throws ShopException.InvalidLimit;
        }
        """);
    Compilation compilation = compile(SHOP, api);
    assertThat(compilation).succeededWithoutWarnings();
    String document = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/error-contract/operations.openapi.json")
        .orElseThrow().getCharContent(true).toString();
    assertThat(document).contains("\"operationId\": \"OrdersApi.list\"");
    assertThat(document).contains("\"INVALID_LIMIT\"");
    // The query parameter is an int: one that does not convert is JAX-RS's 404, the row's answer.
    assertThat(document).contains("\"404\"");
  }

  @Test
  void noDiagnosticForACorrectResource() {
    JavaFileObject resource = source("Orders", """
        package test;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public class Orders {
          @GET
          public String list() throws ShopException.InvalidLimit {
            return limit();
          }
          private String limit() {
            throw new ShopException.InvalidLimit();
          }
        }
        """);
    Compilation compilation = compile(SHOP, resource);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)).isEmpty();
  }
}
