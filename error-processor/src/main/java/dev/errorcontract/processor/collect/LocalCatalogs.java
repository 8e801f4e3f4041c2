package dev.errorcontract.processor.collect;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.errorcontract.processor.diagnostics.Message;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Finds {@code @ErrorCatalog} on local classes: javac hands processors no local class (they are inside
 * method bodies, which processing does not enter), so such a catalog would be accepted and never
 * processed. The method bodies are read as syntax trees (javac's {@code com.sun.source}); elsewhere
 * nothing is found. The annotation is recognised by its name as written, since bodies are not yet
 * attributed while processors run.
 */
public final class LocalCatalogs {

  private final Trees trees;
  private final Set<CompilationUnitTree> seen = new HashSet<>();

  private LocalCatalogs(Trees trees) {
    this.trees = trees;
  }

  /** A finder for {@code env}'s compiler, or null where it offers no syntax trees. */
  public static LocalCatalogs of(ProcessingEnvironment env) {
    try {
      return new LocalCatalogs(Trees.instance(env));
    } catch (RuntimeException | LinkageError e) {
      return null; // not javac
    }
  }

  /** Reports, as errors at the annotation, every catalog on a local class of the root elements not read yet. */
  public void report(Set<? extends Element> roots) {
    for (Element root : roots) {
      if (!(root instanceof TypeElement)) {
        continue;
      }
      TreePath path = trees.getPath(root);
      if (path == null || !seen.add(path.getCompilationUnit())) {
        continue;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitClass(ClassTree tree, Void unused) {
          Tree parent = getCurrentPath().getParentPath().getLeaf();
          boolean local = !(parent instanceof ClassTree) && !(parent instanceof CompilationUnitTree);
          if (local) {
            for (AnnotationTree annotation : tree.getModifiers().getAnnotations()) {
              String name = annotation.getAnnotationType().toString();
              if (name.equals("ErrorCatalog") || name.equals(AnnotationNames.ERROR_CATALOG)) {
                trees.printMessage(Diagnostic.Kind.ERROR,
                    Message.CATALOG_LOCAL.format(tree.getSimpleName(), inside(getCurrentPath()),
                        simpleCatalogName(tree)),
                    annotation, unit);
              }
            }
          }
          return super.visitClass(tree, unused);
        }
      }.scan(unit, null);
    }
  }

  /** Where a local class is declared: {@code method check() of Holder}. */
  private static String inside(TreePath path) {
    String method = null;
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (method == null && p.getLeaf() instanceof MethodTree m) {
        method = m.getName().contentEquals("<init>") ? "a constructor" : "method " + m.getName() + "()";
      }
      if (p.getLeaf() instanceof ClassTree c && !c.getSimpleName().isEmpty()) {
        return (method == null ? "an initializer" : method) + " of " + c.getSimpleName();
      }
    }
    return method == null ? "a block" : method;
  }

  private static String simpleCatalogName(ClassTree tree) {
    String name = tree.getSimpleName().toString();
    return name.endsWith("Errors") && name.length() > "Errors".length()
        ? name.substring(0, name.length() - "Errors".length()) : name;
  }
}
