package dev.errorcontract.processor.diagnostics;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds the source of a value inside a repeated annotation. javac writes the container of repeated
 * {@code @Status} rows itself, and then cannot place a diagnostic on a row or its values: it falls back
 * to the annotated type. The rows are in the source, each its own annotation, so this pairs the
 * container's rows with them in order and walks down to the value. Outside javac (no {@link Trees}),
 * or for any other annotation, it finds nothing and javac places the diagnostic itself.
 */
final class Positions {

  /** A tree and the file it is in. */
  record Found(Tree tree, CompilationUnitTree file) {}

  private final Trees trees;

  private Positions(Trees trees) {
    this.trees = trees;
  }

  static Positions of(ProcessingEnvironment env) {
    try {
      return new Positions(Trees.instance(env));
    } catch (RuntimeException | LinkageError e) {
      return new Positions(null); // not javac: its own placement is all there is
    }
  }

  static Positions none() {
    return new Positions(null);
  }

  /** The source of {@code value} (or of {@code annotation} when null) in a container javac wrote; null otherwise. */
  Found find(Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (trees == null || element == null || annotation == null || element.getAnnotationMirrors().contains(annotation)) {
      return null; // not inside a container: javac places it
    }
    TreePath path = trees.getPath(element);
    if (path == null) {
      return null; // from a class file
    }
    ModifiersTree modifiers = modifiers(path.getLeaf());
    if (modifiers == null) {
      return null;
    }
    for (AnnotationMirror top : element.getAnnotationMirrors()) {
      List<AnnotationTree> own = treesOf(path, modifiers, top.getAnnotationType().asElement());
      if (!own.isEmpty()) {
        continue; // written in the source: javac finds its values itself
      }
      List<AnnotationMirror> rows = containedRows(top);
      if (rows.isEmpty()) {
        continue;
      }
      List<AnnotationTree> rowTrees = treesOf(path, modifiers, rows.get(0).getAnnotationType().asElement());
      for (int i = 0; i < rows.size() && i < rowTrees.size(); i++) {
        Tree found = search(rows.get(i), rowTrees.get(i), annotation, value);
        if (found != null) {
          return new Found(found, path.getCompilationUnit());
        }
      }
    }
    return null;
  }

  private static ModifiersTree modifiers(Tree tree) {
    if (tree instanceof ClassTree type) {
      return type.getModifiers();
    }
    if (tree instanceof MethodTree method) {
      return method.getModifiers();
    }
    if (tree instanceof VariableTree variable) {
      return variable.getModifiers();
    }
    return null;
  }

  /** The annotations of {@code modifiers} of type {@code annotationType}, in source order. */
  private List<AnnotationTree> treesOf(TreePath path, ModifiersTree modifiers, Element annotationType) {
    List<AnnotationTree> result = new ArrayList<>();
    for (AnnotationTree tree : modifiers.getAnnotations()) {
      TreePath typePath = new TreePath(new TreePath(new TreePath(path, modifiers), tree), tree.getAnnotationType());
      Element type = trees.getElement(typePath);
      if (type != null && type.equals(annotationType)) {
        result.add(tree);
      }
    }
    return result;
  }

  /** The annotations a container holds in its {@code value}, or none when {@code mirror} is no container. */
  private static List<AnnotationMirror> containedRows(AnnotationMirror mirror) {
    List<AnnotationMirror> rows = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value") && entry.getValue().getValue() instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror row) {
            rows.add(row);
          }
        }
      }
    }
    boolean container = !rows.isEmpty()
        && ((TypeElement) rows.get(0).getAnnotationType().asElement()).getEnclosedElements().stream()
            .anyMatch(e -> e.equals(mirror.getAnnotationType().asElement()));
    return container ? rows : List.of();
  }

  /** The tree of {@code value} of {@code target} within {@code mirror}, written as {@code tree}. */
  private static Tree search(AnnotationMirror mirror, AnnotationTree tree, AnnotationMirror target, AnnotationValue value) {
    if (mirror == target && value == null) {
      return tree;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      ExpressionTree expression = argument(tree, entry.getKey().getSimpleName().toString());
      if (expression == null) {
        continue;
      }
      Tree found = searchValue(mirror == target, entry.getValue(), expression, target, value);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Tree searchValue(
      boolean inTarget, AnnotationValue current, ExpressionTree expression, AnnotationMirror target, AnnotationValue value) {
    if (inTarget && current == value) {
      return expression;
    }
    Object raw = current.getValue();
    if (raw instanceof AnnotationMirror nested && expression instanceof AnnotationTree nestedTree) {
      return search(nested, nestedTree, target, value);
    }
    if (raw instanceof List<?> items) {
      List<? extends ExpressionTree> expressions =
          expression instanceof NewArrayTree array && array.getInitializers() != null
              ? array.getInitializers()
              : List.of(expression);
      for (int i = 0; i < items.size() && i < expressions.size(); i++) {
        if (items.get(i) instanceof AnnotationValue item) {
          Tree found = searchValue(inTarget, item, expressions.get(i), target, value);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /** The expression given for member {@code name}; {@code value} may be written without its name. */
  private static ExpressionTree argument(AnnotationTree tree, String name) {
    for (ExpressionTree argument : tree.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree id && id.getName().contentEquals(name)) {
          return assignment.getExpression();
        }
      } else if (name.equals("value")) {
        return argument;
      }
    }
    return null;
  }

  /** Prints a diagnostic at a found tree. */
  void print(javax.tools.Diagnostic.Kind kind, String text, Found found) {
    trees.printMessage(kind, text, found.tree(), found.file());
  }
}
