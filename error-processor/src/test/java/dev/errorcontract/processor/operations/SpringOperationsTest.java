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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: Spring MVC handler methods ({@code @RequestMapping}, {@code @GetMapping}, ... in
 * {@code @RestController} and {@code @Controller} classes) get the per-operation contracts of JAX-RS
 * resource methods: the same checks with the same keys, texts and positions, and the same documents,
 * with the conditions Spring MVC raises (as error-spring-webmvc answers them).
 */
class SpringOperationsTest {

  private static Optional<String> resource(Compilation compilation, String path) throws IOException {
    var file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
    return file.isPresent() ? Optional.of(file.get().getCharContent(true).toString()) : Optional.empty();
  }

  private static final Path GOLDEN = Path.of("src/test/resources/golden/spring");

  /**
   * The golden file's text; with {@code -Dgolden.update=true}, {@code actual} is written there first
   * (review the diff).
   */
  private static String golden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
    }
    return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void undeclaredThrowIsAnErrorAtTheNew() {
    JavaFileObject controller = source("Orders", """
        package test;
        import org.springframework.web.bind.annotation.*;
        @RestController
        @RequestMapping("/orders")
        public class Orders {
          @GetMapping("/{id}")
          public String order(@PathVariable String id) throws ShopException.NoSuchOrder {
            if (id.isEmpty()) {
              throw new ShopException.InvalidName();
            }
            throw new ShopException.NoSuchOrder();
          }
        }
        """);
    Compilation compilation = compile(SHOP, controller);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-undeclared-error] New"
            + " ShopException.InvalidName(...) is created here, but the operation Orders.order does not declare it,"
            + " so its documents would not list this answer. Add ShopException.InvalidName to the throws clause of"
            + " Orders.order")
        .inFile(controller)
        .onLine(lineOf(controller, "new ShopException.InvalidName()"))
        .atColumn(columnOf(controller, "new ShopException.InvalidName()"));
  }

  @Test
  void aMethodOfSeveralPathsAndMethodsIsCheckedOnce() {
    JavaFileObject controller = source("Orders", """
        package test;
        import org.springframework.web.bind.annotation.*;
        @RestController
        public class Orders {
          @RequestMapping(path = {"/orders", "/purchases"}, method = {RequestMethod.GET, RequestMethod.HEAD})
          public String list() throws ShopException.InvalidLimit, ShopException.InvalidName {
            throw new ShopException.NoSuchOrder();
          }
        }
        """);
    Compilation compilation = compile(SHOP, controller);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-undeclared-error] New ShopException.NoSuchOrder(...) is"
            + " created here, but the operation Orders.list does not declare it")
        .inFile(controller)
        .onLine(lineOf(controller, "new ShopException.NoSuchOrder()"))
        .atColumn(columnOf(controller, "new ShopException.NoSuchOrder()"));
    assertThat(compilation)
        .hadWarningContaining("[error-contract:operation-error-never-thrown] The operation Orders.list declares"
            + " ShopException.InvalidLimit, but neither its body nor the private methods it calls create it")
        .inFile(controller)
        .onLine(lineOf(controller, "ShopException.InvalidLimit,"))
        .atColumn(columnOf(controller, ".InvalidLimit,"));
    assertThat(compilation)
        .hadWarningContaining("[error-contract:operation-error-never-thrown] The operation Orders.list declares"
            + " ShopException.InvalidName, but neither its body nor the private methods it calls create it")
        .inFile(controller)
        .onLine(lineOf(controller, "ShopException.InvalidName {"))
        .atColumn(columnOf(controller, ".InvalidName {"));
  }

  @Test
  void anotherCatalogsErrorIsAnErrorAtTheThrowsEntry() {
    JavaFileObject controller = source("Orders", """
        package test;
        import org.springframework.web.bind.annotation.*;
        @RestController
        @RequestMapping("/orders")
        public class Orders {
          @GetMapping
          public String list() throws ShopException.InvalidLimit {
            throw new ShopException.InvalidLimit();
          }
          @PostMapping
          public String pay() throws BankException.InsufficientFunds {
            throw new BankException.InsufficientFunds();
          }
        }
        """);
    Compilation compilation = compile(SHOP, BANK, controller);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-undeclared-error] New BankException.InsufficientFunds(...) is"
            + " created here, but the operation Orders.pay does not declare it")
        .inFile(controller)
        .onLine(lineOf(controller, "new BankException.InsufficientFunds()"));
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-other-catalog] BankException.InsufficientFunds is an error"
            + " of the Bank catalog, but Orders answers with the Shop catalog (its first declared error is"
            + " ShopException.InvalidLimit); a resource's answers are one catalog's bodies. Declare an error of Shop,"
            + " or move the operation to a resource of the Bank catalog")
        .inFile(controller)
        .onLine(lineOf(controller, "BankException.InsufficientFunds {"))
        .atColumn(columnOf(controller, ".InsufficientFunds {"));
  }

  @Test
  void interfaceMethodIsTheContractOfTheControllerImplementingIt() {
    JavaFileObject api = source("OrdersApi", """
        package test;
        import org.springframework.web.bind.annotation.*;
        @RequestMapping("/orders")
        public interface OrdersApi {
          @GetMapping
          String list(@RequestParam int limit) throws ShopException.InvalidLimit;
        }
        """);
    JavaFileObject implementation = source("OrdersController", """
        package test;
        import org.springframework.web.bind.annotation.RestController;
        @RestController
        public class OrdersController implements OrdersApi {
          @Override
          public String list(int limit) throws ShopException.InvalidLimit, ShopException.InvalidName {
            throw new ShopException.InvalidLimit();
          }
        }
        """);
    Compilation compilation = compile(SHOP, api, implementation);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[error-contract:operation-declared-on-implementation] OrdersController.list implements"
            + " the resource method OrdersApi.list, whose throws clause is the operation's contract, and"
            + " ShopException.InvalidName is not in it, so the documents would not list it. Declare it on"
            + " OrdersApi.list instead, and remove it here")
        .inFile(implementation)
        .onLine(lineOf(implementation, "ShopException.InvalidName {"))
        .atColumn(columnOf(implementation, ".InvalidName {"));
  }

  @Test
  void mappingsOutsideAControllerAreNoOperations() throws IOException {
    JavaFileObject notController = source("Orders", """
        package test;
        import org.springframework.web.bind.annotation.*;
        public class Orders {
          @GetMapping("/orders")
          public String list() throws ShopException.InvalidLimit {
            return "";
          }
        }
        """);
    Compilation compilation = compile(SHOP, notController);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(resource(compilation, "META-INF/error-contract/operations.openapi.json")).isEmpty();
  }

  /** A small controller's whole document and page, byte for byte. */
  static final JavaFileObject CONTROLLER = source("OrdersController", """
      package test;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;
      import org.springframework.web.multipart.MultipartFile;
      @RestController
      @RequestMapping("/shops/{shop}/orders/")
      public class OrdersController {
        public record Order(String id) {}

        @GetMapping
        public List<Order> list(@PathVariable("shop") String shop, @RequestParam(defaultValue = "10") int limit,
            String cursor) throws ShopException.InvalidLimit {
          if (limit > 100) {
            throw new ShopException.InvalidLimit();
          }
          return List.of();
        }

        @GetMapping(path = "{id:[0-9]+}", produces = "application/json")
        public CompletableFuture<Order> order(@PathVariable String shop, @PathVariable long id)
            throws ShopException.NoSuchOrder {
          throw new ShopException.NoSuchOrder();
        }

        @PostMapping(consumes = "application/json")
        public ResponseEntity<Void> create(@PathVariable String shop, @RequestBody Order order,
            @RequestHeader("Idempotency-Key") String key) throws ShopException.InvalidName {
          if (order.id().isEmpty()) {
            throw new ShopException.InvalidName();
          }
          return ResponseEntity.noContent().build();
        }

        @PutMapping("/{id}/receipt")
        public String receipt(@PathVariable String shop, @PathVariable String id, @RequestPart MultipartFile file) {
          return id;
        }
      }
      """);

  @Test
  void documentsOfASmallControllerAreExactlyTheGoldenFiles() throws IOException {
    Compilation compilation = compile(SHOP, CONTROLLER);
    assertThat(compilation).succeededWithoutWarnings();
    String document = resource(compilation, "META-INF/error-contract/operations.openapi.json").orElseThrow();
    assertThat(document).isEqualTo(golden("operations.openapi.json", document));
    String page = resource(compilation, "META-INF/error-contract/Shop.operations.md").orElseThrow();
    assertThat(page).isEqualTo(golden("Shop.operations.md", page));
  }
}
