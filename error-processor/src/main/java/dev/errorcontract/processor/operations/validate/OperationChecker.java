package dev.errorcontract.processor.operations.validate;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.operations.derive.CatalogErrors;
import dev.errorcontract.processor.operations.derive.CatalogErrors.CatalogType;
import dev.errorcontract.processor.operations.derive.Operation;
import dev.errorcontract.processor.operations.derive.Operations;
import dev.errorcontract.processor.operations.collect.Handlers.Read;
import dev.errorcontract.processor.spi.HandlerMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the resource methods of one resource type against their {@code throws} clauses, and has each
 * checked method's operation made ({@link dev.errorcontract.processor.operations.derive.Operations}). The
 * first catalog error declared in the type fixes its catalog. A method declared
 * in an interface is the contract of every method implementing it: the implementations' bodies are
 * checked against the interface method's clause, and may not add to it.
 */
public final class OperationChecker {

  private final Trees trees;
  private final CatalogErrors catalogs;
  private final RaisedErrors raised;
  private final Findings findings;

  /** @param trees the compiler's syntax trees, or null where the compiler offers none (nothing is checked) */
  public OperationChecker(Trees trees, CatalogErrors catalogs, Findings findings) {
    this.trees = trees;
    this.catalogs = catalogs;
    this.raised = trees == null ? null : new RaisedErrors(trees, catalogs);
    this.findings = findings;
  }

  /** A declared {@code throws} entry that is a catalog exception, with its position. */
  private record Declared(CatalogType type, int index) {}

  /**
   * The operations of {@code resource}, in declaration order; empty when none of its methods declares
   * a catalog error (nothing tells which catalog it answers with).
   *
   * @param implementations per resource method of an interface, the methods implementing it
   */
  public List<Operation> check(
      TypeElement resource, List<Read> methods, Map<ExecutableElement, List<ExecutableElement>> implementations) {
    CatalogType first = null;
    for (Read read : methods) {
      for (Declared declared : declared(read.handler().method())) {
        first = first == null ? declared.type() : first;
      }
    }
    if (first == null) {
      return List.of();
    }
    Optional<Description> catalog = catalogs.description(first);
    List<Operation> operations = new ArrayList<>();
    // A method serving several operations (paths, HTTP methods) is checked once.
    Map<ExecutableElement, List<Declared>> checked = new HashMap<>();
    for (Read read : methods) {
      HandlerMethod method = read.handler();
      List<Declared> own = checked.get(method.method());
      if (own == null) {
        List<ExecutableElement> bodies = resource.getKind().isInterface()
            ? implementations.getOrDefault(method.method(), List.of())
            : List.of(method.method());
        own = ownCatalog(method.method(), first);
        checkBodies(method.method(), own, bodies);
        checked.put(method.method(), own);
      }
      List<CatalogType> types = own.stream().map(Declared::type).toList();
      catalog.ifPresent(description -> operations.add(Operations.of(resource, method, read.framework(), description, types, catalogs)));
    }
    return operations;
  }

  /** Reports another catalog's errors; returns the declared errors of the resource's catalog. */
  private List<Declared> ownCatalog(ExecutableElement method, CatalogType first) {
    List<Declared> own = new ArrayList<>();
    for (Declared declared : declared(method)) {
      if (declared.type().catalogKey().equals(first.catalogKey())) {
        own.add(declared);
      } else {
        findings.report(Message.OPERATION_OTHER_CATALOG, method, throwsEntry(method, declared.index()), unit(method),
            declared.type().displayName(), declared.type().catalogName(), name(method.getEnclosingElement()),
            first.catalogName(), first.displayName(), first.catalogName(), declared.type().catalogName());
      }
    }
    return own;
  }

  private void checkBodies(ExecutableElement method, List<Declared> declared, List<ExecutableElement> bodies) {
    if (raised == null) {
      return;
    }
    Set<String> catalogsDeclaredWhole = new HashSet<>();
    Set<String> errorsDeclared = new HashSet<>();
    for (Declared d : declared) {
      if (d.type().allErrors()) {
        catalogsDeclaredWhole.add(d.type().catalogKey());
      } else {
        errorsDeclared.add(qualified(d.type()));
      }
    }
    Set<String> thrown = new HashSet<>();
    String operation = name(method.getEnclosingElement()) + "." + method.getSimpleName();
    for (ExecutableElement body : bodies) {
      if (body != method) {
        for (Declared extra : declared(body)) {
          if (!errorsDeclared.contains(qualified(extra.type()))
              && !catalogsDeclaredWhole.contains(extra.type().catalogKey())) {
            findings.report(Message.OPERATION_IMPLEMENTATION_DECLARES, body, throwsEntry(body, extra.index()), unit(body),
                name(body.getEnclosingElement()) + "." + body.getSimpleName(), operation, extra.type().displayName(),
                operation);
          }
        }
      }
      for (Raise raise : raised.of(body)) {
        String error = qualified(raise.type());
        if (errorsDeclared.contains(error) || catalogsDeclaredWhole.contains(raise.type().catalogKey())) {
          thrown.add(error);
        } else {
          findings.report(Message.OPERATION_UNDECLARED_ERROR, body, raise.tree(), unit(body),
              capitalized(raise.how()), operation, raise.type().displayName(), operation);
        }
      }
    }
    if (bodies.isEmpty()) {
      return; // Implemented in another compilation: its bodies are checked where they are compiled.
    }
    for (Declared d : declared) {
      if (!d.type().allErrors() && !thrown.contains(qualified(d.type()))) {
        findings.report(Message.OPERATION_ERROR_NEVER_THROWN, method, throwsEntry(method, d.index()), unit(method),
            operation, d.type().displayName());
      }
    }
  }

  private List<Declared> declared(ExecutableElement method) {
    List<Declared> declared = new ArrayList<>();
    List<? extends TypeMirror> thrown = method.getThrownTypes();
    for (int i = 0; i < thrown.size(); i++) {
      int index = i;
      catalogs.of(thrown.get(i)).ifPresent(type -> declared.add(new Declared(type, index)));
    }
    return declared;
  }

  private Tree throwsEntry(ExecutableElement method, int index) {
    if (trees == null) {
      return null;
    }
    TreePath path = trees.getPath(method);
    if (path != null && path.getLeaf() instanceof MethodTree tree && index < tree.getThrows().size()) {
      return tree.getThrows().get(index);
    }
    return null;
  }

  private CompilationUnitTree unit(ExecutableElement method) {
    if (trees == null) {
      return null;
    }
    TreePath path = trees.getPath(method);
    return path == null ? null : path.getCompilationUnit();
  }

  private static String qualified(CatalogType type) {
    return type.type().getQualifiedName().toString();
  }

  private static String name(javax.lang.model.element.Element type) {
    return type.getSimpleName().toString();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
