package dev.errorcontract.processor.operations.validate;

import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.errorcontract.processor.operations.derive.CatalogErrors;
import dev.errorcontract.processor.operations.derive.CatalogErrors.CatalogType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * The catalog errors a method body creates, found in its syntax tree: {@code new X(...)} anywhere in it
 * (a {@code throw}, a lambda given to {@code orElseThrow}), {@code X::new}, and the calls of private
 * methods of the same class that create some, followed transitively. Each private method is scanned
 * once per compilation, however many resource methods call it.
 */
final class RaisedErrors {

  private final Trees trees;
  private final CatalogErrors catalogs;
  /** What each scanned method creates itself, and the private methods it calls. */
  private final Map<ExecutableElement, Body> bodies = new HashMap<>();
  /** Per private method, every error it creates, directly or through the private methods it calls. */
  private final Map<ExecutableElement, Map<String, CatalogType>> closures = new HashMap<>();

  RaisedErrors(Trees trees, CatalogErrors catalogs) {
    this.trees = trees;
    this.catalogs = catalogs;
  }

  /** What one body holds. */
  private record Body(List<Raise> direct, List<Call> calls) {}

  /** A call of a private method of the same class. */
  private record Call(ExecutableElement callee, MethodInvocationTree tree) {}

  /**
   * Every place in {@code method}'s body that creates a catalog error, a private method's call standing
   * for what it creates (one raise per error it creates); empty when the method has no body in source.
   */
  List<Raise> of(ExecutableElement method) {
    Body body = body(method);
    List<Raise> raises = new ArrayList<>(body.direct());
    for (Call call : body.calls()) {
      for (CatalogType type : closure(call.callee(), new HashSet<>()).values()) {
        raises.add(new Raise(type, call.tree(), "the call of " + call.callee().getSimpleName()
            + "(...) creates " + type.displayName()));
      }
    }
    return raises;
  }

  private Map<String, CatalogType> closure(ExecutableElement method, Set<ExecutableElement> visiting) {
    Map<String, CatalogType> known = closures.get(method);
    if (known != null) {
      return known;
    }
    Map<String, CatalogType> all = new LinkedHashMap<>();
    if (!visiting.add(method)) {
      return all; // Recursion: what the cycle creates is collected where it was entered.
    }
    Body body = body(method);
    body.direct().forEach(r -> all.putIfAbsent(r.type().type().getQualifiedName().toString(), r.type()));
    for (Call call : body.calls()) {
      closure(call.callee(), visiting).forEach(all::putIfAbsent);
    }
    visiting.remove(method);
    if (visiting.isEmpty()) {
      closures.put(method, all); // Complete only outside a cycle.
    }
    return all;
  }

  private Body body(ExecutableElement method) {
    Body known = bodies.get(method);
    if (known != null) {
      return known;
    }
    TreePath path = trees.getPath(method);
    List<Raise> direct = new ArrayList<>();
    List<Call> calls = new ArrayList<>();
    if (path != null && path.getLeaf() instanceof MethodTree tree && tree.getBody() != null) {
      new Scanner(method, direct, calls).scan(new TreePath(path, tree.getBody()), null);
    }
    Body body = new Body(List.copyOf(direct), List.copyOf(calls));
    bodies.put(method, body);
    return body;
  }

  private final class Scanner extends TreePathScanner<Void, Void> {
    private final ExecutableElement method;
    private final List<Raise> direct;
    private final List<Call> calls;

    Scanner(ExecutableElement method, List<Raise> direct, List<Call> calls) {
      this.method = method;
      this.direct = direct;
      this.calls = calls;
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      TypeMirror type = typeOf(new TreePath(getCurrentPath(), tree.getIdentifier()));
      catalogType(type).ifPresent(t -> direct.add(new Raise(t, tree, "new " + t.displayName() + "(...) is created here")));
      return super.visitNewClass(tree, unused);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      if (tree.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
        TypeMirror type = typeOf(new TreePath(getCurrentPath(), tree.getQualifierExpression()));
        catalogType(type).ifPresent(t -> direct.add(new Raise(t, tree, t.displayName() + "::new creates it here")));
      }
      return super.visitMemberReference(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      Element callee = trees.getElement(getCurrentPath());
      if (callee instanceof ExecutableElement executable
          && executable.getModifiers().contains(Modifier.PRIVATE)
          && executable.getEnclosingElement().equals(method.getEnclosingElement())) {
        calls.add(new Call(executable, tree));
      }
      return super.visitMethodInvocation(tree, unused);
    }

    /**
     * The type a type name denotes. Bodies are not attributed yet while processors run; {@code
     * getElement} attributes what it needs, where {@code getTypeMirror} may still answer null.
     */
    private TypeMirror typeOf(TreePath name) {
      Element element = trees.getElement(name);
      return element instanceof javax.lang.model.element.TypeElement type ? type.asType() : null;
    }

    private Optional<CatalogType> catalogType(TypeMirror type) {
      return type == null ? Optional.empty() : catalogs.of(type).filter(t -> !t.allErrors());
    }
  }
}
