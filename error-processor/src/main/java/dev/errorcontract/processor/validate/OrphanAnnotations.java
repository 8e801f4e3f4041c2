package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.AnnotationNames;
import dev.errorcontract.processor.collect.CatalogReader;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.Collection;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The annotations that only mean something beside {@code @ErrorCatalog} (rows, bodies, the published
 * page), found on a type without one: each is a positioned error, since nothing would read it.
 */
public final class OrphanAnnotations {

  private OrphanAnnotations() {}

  /** The orphans among {@code annotated}, a round's elements carrying any of the processor's annotations. */
  public static Report report(Collection<? extends Element> annotated) {
    Report report = new Report();
    for (Element element : annotated) {
      if (CatalogReader.find(element, AnnotationNames.ERROR_CATALOG).isPresent()) {
        continue;
      }
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        if (AnnotationNames.BODIES.contains(name)) {
          String simpleName = simpleName(mirror);
          report.report(
              Message.BODY_WITHOUT_CATALOG, element, mirror, null, simpleName, element.getSimpleName(), simpleName);
        } else if (name.equals(AnnotationNames.STATUS) || name.equals(AnnotationNames.API_ERROR)) {
          report.report(Message.ROW_WITHOUT_CATALOG, element, mirror, null, simpleName(mirror), element.getSimpleName());
        } else if (name.equals(AnnotationNames.STATUS_LIST) || name.equals(AnnotationNames.API_ERROR_LIST)) {
          // One error for the rows, on the first of them: the container itself has no place in the source.
          String row = name.equals(AnnotationNames.STATUS_LIST) ? "Status" : "ApiError";
          AnnotationMirror first = firstRow(mirror);
          report.report(Message.ROW_WITHOUT_CATALOG, element, first == null ? mirror : first, null, row,
              element.getSimpleName());
        } else if (name.equals(AnnotationNames.PUBLISHED_PAGE)) {
          report.report(Message.PAGE_WITHOUT_CATALOG, element, mirror, null, element.getSimpleName());
        }
      }
    }
    return report;
  }

  private static AnnotationMirror firstRow(AnnotationMirror container) {
    for (var entry : container.getElementValues().entrySet()) {
      if (entry.getValue().getValue() instanceof java.util.List<?> list && !list.isEmpty()
          && list.get(0) instanceof javax.lang.model.element.AnnotationValue v
          && v.getValue() instanceof AnnotationMirror row) {
        return row;
      }
    }
    return null;
  }

  private static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }
}
