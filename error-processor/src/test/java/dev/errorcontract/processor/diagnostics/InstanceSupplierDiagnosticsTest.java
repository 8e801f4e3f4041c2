package dev.errorcontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcontract.processor.diagnostics.Exact.assertOnly;
import static dev.errorcontract.processor.diagnostics.Sources.compile;
import static dev.errorcontract.processor.diagnostics.Sources.lineOf;
import static dev.errorcontract.processor.diagnostics.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: the {@code instance} sources a page writes, a bare UUID ({@code Instance.CORRELATION_UUID})
 * and the application's own ({@code Instance.SUPPLIED} with {@code @ErrorCatalog(instanceSupplier)}). A
 * supplier the generated code could not create, or one given beside another source, is a positioned
 * error with the whole text; good declarations compile without a warning.
 */
class InstanceSupplierDiagnosticsTest {

  private static final Diagnostic.Kind ERROR = Diagnostic.Kind.ERROR;
  private static final Diagnostic.Kind WARNING = Diagnostic.Kind.WARNING;

  /**
   * A catalog: {@code catalog} is the rest of @ErrorCatalog, {@code instance} the body's instance, {@code
   * after} declarations after it. Its row answers its status, unless the catalog is client-only.
   */
  private static JavaFileObject shop(String catalog, String instance, String after) {
    return source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Shop"%s)
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @ApiError(status = 400, detail = "Bad.", description = "d"%s)
        @ProblemBody(instance = Instance.%s)
        interface ShopErrors {}
        %s
        """.formatted(catalog, catalog.contains("clientOnly") ? "" : ", answers = Condition.STATUS", instance,
            after));
  }

  private static final String GOOD_SUPPLIER = """
      final class Refs implements InstanceSupplier {
        public String instance(InstanceSupplier.Answer answer) { return "ref-" + answer.status(); }
      }
      """;

  // Good declarations.

  @Test
  void aBareCorrelationUuidCompilesWithoutWarnings() {
    assertThat(compile(shop("", "CORRELATION_UUID", ""))).succeededWithoutWarnings();
  }

  @Test
  void aPackagePrivateSupplierBesideTheCatalogCompilesWithoutWarnings() {
    Compilation compilation = compile(shop(", instanceSupplier = Refs.class", "SUPPLIED", GOOD_SUPPLIER));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ShopError").contentsAsUtf8String()
        .contains("GuardedInstanceSupplier.of(\"Shop\", \"test.Refs\", Refs::new)");
  }

  @Test
  void theGeneratedTableOfASuppliedCatalogCompilesUnderXlintAllWerror() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new dev.errorcontract.processor.ErrorCatalogProcessor())
        .withOptions("-Xlint:all", "-Werror")
        // In a file of its own: javac's lint warns of an auxiliary class used from another file.
        .compile(shop(", instanceSupplier = Refs.class", "SUPPLIED", ""), source("Refs", """
            package test;
            import dev.errorcontract.catalog.InstanceSupplier;
            final class Refs implements InstanceSupplier {
              public String instance(InstanceSupplier.Answer answer) { return "ref-" + answer.status(); }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aPublicNestedSupplierInAnotherPackageCompilesWithoutWarnings() {
    JavaFileObject supplier = JavaFileObjects.forSourceString("other.Suppliers", """
        package other;
        import dev.errorcontract.catalog.InstanceSupplier;
        public final class Suppliers {
          private Suppliers() {}
          public static final class Refs implements InstanceSupplier {
            public String instance(InstanceSupplier.Answer answer) { return answer.correlationId(); }
          }
        }
        """);
    Compilation compilation =
        compile(shop(", instanceSupplier = other.Suppliers.Refs.class", "SUPPLIED", ""), supplier);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ShopError").contentsAsUtf8String()
        .contains("GuardedInstanceSupplier.of(\"Shop\", \"other.Suppliers.Refs\", Suppliers.Refs::new)");
  }

  @Test
  void aClientOnlyCatalogSaysSuppliedWithoutASupplier() {
    // Someone else's API writes instances of its own: nothing of this side makes them.
    assertThat(compile(shop(", clientOnly = true", "SUPPLIED", ""))).succeededWithoutWarnings();
  }

  @Test
  void aMemberBoundToTheSuppliedInstanceHasASource() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Shop", instanceSupplier = Refs.class)
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @FieldBody(value = "detail", instance = Instance.SUPPLIED,
            members = @Member(name = "ref", value = CatalogValue.INSTANCE, omitWhenAbsent = true))
        interface ShopErrors {}
        """ + GOOD_SUPPLIER);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // A supplier missing, or given beside another source.

  @Test
  void suppliedWithoutASupplier() {
    JavaFileObject file = shop("", "SUPPLIED", "");
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_MISSING,
        "The body takes its instance from the application's supplier (instance = Instance.SUPPLIED), but"
            + " @ErrorCatalog names none, so no answer could carry one. Name a class implementing"
            + " InstanceSupplier with @ErrorCatalog(instanceSupplier = ...), or choose another source, such as"
            + " Instance.CORRELATION_UUID",
        file, ".SUPPLIED");
  }

  @Test
  void aSupplierBesideTheBareUuid() {
    JavaFileObject file = shop(", instanceSupplier = Refs.class", "CORRELATION_UUID", GOOD_SUPPLIER);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_UNUSED,
        "instanceSupplier names test.Refs, but the body's instance is Instance.CORRELATION_UUID, so nothing would"
            + " ever ask it. Set instance = Instance.SUPPLIED on the body annotation to use it, or remove"
            + " instanceSupplier",
        file, ".class");
  }

  @Test
  void aSupplierWithTheBodysInstanceLeftAtNone() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Shop", instanceSupplier = Refs.class)
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @FieldBody("detail")
        interface ShopErrors {}
        """ + GOOD_SUPPLIER);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_UNUSED,
        "instanceSupplier names test.Refs, but the body's instance is Instance.NONE, so nothing would ever ask"
            + " it. Set instance = Instance.SUPPLIED on the body annotation to use it, or remove instanceSupplier",
        file, ".class");
  }

  @Test
  void aSupplierOfAClientOnlyCatalogIsNeverAsked() {
    JavaFileObject file = shop(", clientOnly = true, instanceSupplier = Refs.class", "SUPPLIED", GOOD_SUPPLIER);
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertOnly(compilation, WARNING, Message.INSTANCE_SUPPLIER_CLIENT_ONLY,
        "instanceSupplier names test.Refs, but a client-only catalog has no server, so nothing ever asks it for"
            + " an instance. Remove instanceSupplier (instance = Instance.SUPPLIED alone says the API writes"
            + " instances of its own), or clientOnly if this is your own API",
        file, ".class");
  }

  // A supplier the generated code cannot create.

  @Test
  void anInterface() {
    JavaFileObject file = shop(", instanceSupplier = Refs.class", "SUPPLIED", """
        interface Refs extends InstanceSupplier {}
        """);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_NOT_CONCRETE,
        "instanceSupplier names test.Refs, an interface, which the generated code cannot create with new. Name"
            + " a concrete class implementing InstanceSupplier",
        file, ".class");
  }

  @Test
  void anAbstractClass() {
    JavaFileObject file = shop(", instanceSupplier = Refs.class", "SUPPLIED", """
        abstract class Refs implements InstanceSupplier {}
        """);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_NOT_CONCRETE,
        "instanceSupplier names test.Refs, an abstract class, which the generated code cannot create with new."
            + " Name a concrete class implementing InstanceSupplier",
        file, ".class");
  }

  @Test
  void anEnum() {
    JavaFileObject file = shop(", instanceSupplier = Refs.class", "SUPPLIED", """
        enum Refs implements InstanceSupplier {
          ONE;
          public String instance(InstanceSupplier.Answer answer) { return "one"; }
        }
        """);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_NOT_CONCRETE,
        "instanceSupplier names test.Refs, an enum, which the generated code cannot create with new. Name a"
            + " concrete class implementing InstanceSupplier",
        file, ".class");
  }

  @Test
  void anInnerClass() {
    JavaFileObject file = shop(", instanceSupplier = Outer.Refs.class", "SUPPLIED", """
        class Outer {
          class Refs implements InstanceSupplier {
            public String instance(InstanceSupplier.Answer answer) { return "one"; }
          }
        }
        """);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_INNER,
        "instanceSupplier names test.Outer.Refs, an inner class: only an instance of test.Outer can create it,"
            + " and the generated code has none. Declare it static, or as a top-level class",
        file, ".class");
  }

  @Test
  void aPrivateNestedClassIsJavacsErrorAlone() {
    JavaFileObject file = source("ShopErrors", """
        package test;
        import dev.errorcontract.catalog.*;
        @ErrorCatalog(value = "Shop", instanceSupplier = ShopErrors.Refs.class)
        @Status(code = 400, title = "Bad Request", description = "x")
        @Status(code = 500, title = "Internal Server Error", description = "x")
        @ProblemBody(instance = Instance.SUPPLIED)
        class ShopErrors {
          private static final class Refs implements InstanceSupplier {
            public String instance(InstanceSupplier.Answer answer) { return "one"; }
          }
        }
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("test.ShopErrors.Refs has private access in test.ShopErrors")
        .inFile(file).onLine(3);
    // The processor judges no placeholder: it says only that the value does not compile.
    assertThat(compilation).hadErrorContaining("[error-contract:value-unresolved]").inFile(file).onLine(3);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aConstructorOfAnotherPackageThatIsNotPublic() {
    JavaFileObject supplier = JavaFileObjects.forSourceString("other.Refs", """
        package other;
        import dev.errorcontract.catalog.InstanceSupplier;
        public final class Refs implements InstanceSupplier {
          Refs() {}
          public String instance(InstanceSupplier.Answer answer) { return "one"; }
        }
        """);
    JavaFileObject file = shop(", instanceSupplier = other.Refs.class", "SUPPLIED", "");
    assertOnly(compile(file, supplier), ERROR, Message.INSTANCE_SUPPLIER_CONSTRUCTOR,
        "instanceSupplier names other.Refs, which has no constructor without parameters that the generated code"
            + " in package test can call (its constructor without parameters is package-private, in another"
            + " package); it creates the supplier once with new Refs(). Add a public constructor without"
            + " parameters",
        file, ".class");
  }

  @Test
  void onlyConstructorsWithParameters() {
    JavaFileObject file = shop(", instanceSupplier = Refs.class", "SUPPLIED", """
        final class Refs implements InstanceSupplier {
          private final String prefix;
          Refs(String prefix) { this.prefix = prefix; }
          public String instance(InstanceSupplier.Answer answer) { return prefix; }
        }
        """);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_CONSTRUCTOR,
        "instanceSupplier names test.Refs, which has no constructor without parameters that the generated code"
            + " in package test can call (its constructors all take parameters); it creates the supplier once with"
            + " new Refs(). Add a public constructor without parameters",
        file, ".class");
  }

  @Test
  void aPrivateConstructor() {
    JavaFileObject file = shop(", instanceSupplier = Refs.class", "SUPPLIED", """
        final class Refs implements InstanceSupplier {
          private Refs() {}
          public String instance(InstanceSupplier.Answer answer) { return "one"; }
        }
        """);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_CONSTRUCTOR,
        "instanceSupplier names test.Refs, which has no constructor without parameters that the generated code"
            + " in package test can call (its constructor without parameters is private); it creates the supplier"
            + " once with new Refs(). Add a public constructor without parameters",
        file, ".class");
  }

  @Test
  void aConstructorDeclaringACheckedException() {
    JavaFileObject file = shop(", instanceSupplier = Refs.class", "SUPPLIED", """
        final class Refs implements InstanceSupplier {
          Refs() throws java.io.IOException {}
          public String instance(InstanceSupplier.Answer answer) { return "one"; }
        }
        """);
    assertOnly(compile(file), ERROR, Message.INSTANCE_SUPPLIER_CONSTRUCTOR_THROWS,
        "The constructor of test.Refs declares the checked exception java.io.IOException, but the generated code"
            + " creates the supplier with new Refs() and handles no checked exception. Handle it inside the"
            + " constructor, or remove it from the throws clause",
        file, ".class");
  }

  @Test
  void aClassThatIsNoSupplierIsJavacsErrorAlone() {
    JavaFileObject file = shop(", instanceSupplier = Refs.class", "SUPPLIED", """
        final class Refs {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(file).onLine(lineOf(file, ".class"));
  }
}
