package dev.errorcontract.processor.validate;

import com.sun.source.util.Trees;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/** Tells elements declared in this compilation's sources from those read from class files. */
public final class SourceFiles {

  private SourceFiles() {}

  /**
   * Whether an element has a source tree. Outside javac, where the tree API is missing, every element
   * counts as a source one: positions are then javac's own business.
   */
  public static Predicate<Element> of(ProcessingEnvironment env) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (RuntimeException | LinkageError e) {
      return element -> true;
    }
    return element -> trees.getPath(element) != null;
  }
}
