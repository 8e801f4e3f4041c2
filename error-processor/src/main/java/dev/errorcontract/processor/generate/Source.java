package dev.errorcontract.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * A generated Java source, rendered in memory until every file of the catalog exists.
 *
 * <p>JavaPoet renders a file in two passes (the first only collects imports); rendering into memory is
 * the same two passes. Its {@code JavaFile.writeTo(Filer)} would send the second pass to the Filer's
 * writer piece by piece, about a quarter of a million small writes through a synchronized encoder for a
 * catalog of 1,000 errors; here the text is written in one.
 *
 * @param name the qualified name of the top-level type, as {@code Filer.createSourceFile} takes it
 * @param originatingElements the elements the file is generated from (the catalog type)
 * @param text the source text, exactly as JavaPoet writes it
 */
public record Source(String name, List<Element> originatingElements, String text) {

  public Source {
    originatingElements = List.copyOf(originatingElements);
  }

  /** {@code file}, rendered once. */
  static Source of(JavaFile file) {
    String simpleName = file.typeSpec().name();
    String name = file.packageName().isEmpty() ? simpleName : file.packageName() + "." + simpleName;
    return new Source(name, file.typeSpec().originatingElements(), file.toString());
  }
}
