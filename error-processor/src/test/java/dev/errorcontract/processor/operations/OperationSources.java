package dev.errorcontract.processor.operations;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcontract.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;

/** Catalogs and resources compiled with both processors, as a user's build runs them. */
final class OperationSources {

  private OperationSources() {}

  /** A small catalog: 400, 404 and 500, with two errors of 400. */
  static final JavaFileObject SHOP = source("ShopErrors", """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "The request is wrong.")
      @Status(code = 404, title = "Not Found", description = "No such thing.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @ApiError(status = 400, detail = "Invalid limit", description = "The limit is over 100.")
      @ApiError(status = 400, detail = "Invalid name", description = "The name is empty.")
      @ApiError(status = 404, detail = "No such order", description = "The order does not exist.")
      @FieldBody("detail")
      @SuppressWarnings("error-contract:status-answer-added")
      interface ShopErrors {}
      """);

  /** Another catalog of the same package. */
  static final JavaFileObject BANK = source("BankErrors", """
      package test;
      import dev.errorcontract.catalog.*;
      @ErrorCatalog("Bank")
      @Status(code = 400, title = "Bad Request")
      @Status(code = 500, title = "Internal Server Error")
      @ApiError(status = 400, detail = "Insufficient funds")
      @FieldBody("message")
      @SuppressWarnings("error-contract:status-answer-added")
      interface BankErrors {}
      """);

  static JavaFileObject source(String simpleName, String text) {
    return JavaFileObjects.forSourceString("test." + simpleName, text);
  }

  static Compilation compile(JavaFileObject... files) {
    return Compiler.javac()
        .withProcessors(new ErrorCatalogProcessor(), new OperationsProcessor())
        .compile(files);
  }

  /** The 1-based line of the only line containing {@code marker}. */
  static int lineOf(JavaFileObject file, String marker) {
    List<String> lines = lines(file);
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        assertWithMessage("marker %s is on more than one line", marker).that(found).isEqualTo(-1);
        found = i + 1;
      }
    }
    assertWithMessage("marker %s is not in the source", marker).that(found).isGreaterThan(0);
    return found;
  }

  /** The 1-based column where {@code marker} starts on its line. */
  static int columnOf(JavaFileObject file, String marker) {
    return lines(file).get(lineOf(file, marker) - 1).indexOf(marker) + 1;
  }

  private static List<String> lines(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString().lines().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
