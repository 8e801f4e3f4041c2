package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.AttributeValue;
import dev.errorcontract.processor.collect.Declarations.Column;
import dev.errorcontract.processor.collect.Declarations.Member;
import dev.errorcontract.processor.collect.Declarations.Page;
import dev.errorcontract.processor.collect.Declarations.FieldBody;
import dev.errorcontract.processor.collect.Declarations.Header;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.collect.Declarations.RecordBody;
import dev.errorcontract.processor.collect.Declarations.Status;
import dev.errorcontract.processor.diagnostics.Located;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @ErrorCatalog} declaration, with every value's position, through annotation mirrors:
 * class-valued members are read as types, never loaded. The rows, bodies and page are read here; the
 * members' values by {@link AnnotationValues}, a body record's components by {@link RecordShapeReader}.
 */
public final class CatalogReader {

  private final AnnotationValues values = new AnnotationValues();
  private final RecordShapeReader shapes = new RecordShapeReader(values);

  /** A reader for one catalog. */
  public CatalogReader() {}

  /** Reads the catalog declared on {@code type} by {@code annotation}. */
  public Catalog read(TypeElement type, AnnotationMirror annotation) {
    List<Body> bodies = new ArrayList<>();
    List<Status> statuses = new ArrayList<>();
    List<Error> errors = new ArrayList<>();
    Page page = null;
    // In source order; a repeated row arrives inside the container javac writes for it.
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.equals(AnnotationNames.FIELD_BODY)) {
        bodies.add(new FieldBody(
            mirror, values.string(mirror, "value"), members(mirror, "members"), values.enumConstant(mirror, "instance"),
            values.string(mirror, "mediaType")));
      } else if (name.equals(AnnotationNames.PROBLEM_BODY)) {
        bodies.add(new ProblemBody(
            mirror, values.string(mirror, "type"), values.enumConstant(mirror, "instance"), members(mirror, "extensions"),
            values.string(mirror, "mediaType")));
      } else if (name.equals(AnnotationNames.RECORD_BODY)) {
        Located<TypeMirror> record = values.typeValue(mirror, "value");
        bodies.add(new RecordBody(
            mirror, record, shapes.read(record.get(), new HashSet<>()), values.enumConstant(mirror, "instance"),
            values.string(mirror, "mediaType")));
      } else if (name.equals(AnnotationNames.STATUS)) {
        statuses.add(readStatus(mirror));
      } else if (name.equals(AnnotationNames.STATUS_LIST)) {
        values.annotations(mirror, "value").forEach(m -> statuses.add(readStatus(m)));
      } else if (name.equals(AnnotationNames.API_ERROR)) {
        errors.add(readError(mirror));
      } else if (name.equals(AnnotationNames.API_ERROR_LIST)) {
        values.annotations(mirror, "value").forEach(m -> errors.add(readError(m)));
      } else if (name.equals(AnnotationNames.PUBLISHED_PAGE)) {
        page = new Page(
            mirror, values.string(mirror, "value"), columns(mirror, "statusColumns"), columns(mirror, "errorColumns"));
      }
    }
    return new Catalog(
        type,
        annotation,
        values.string(annotation, "value"),
        values.strings(annotation, "attributes"),
        values.enumConstant(annotation, "stackTraces"),
        List.copyOf(statuses),
        List.copyOf(errors),
        List.copyOf(bodies),
        page,
        Marks.text(annotation, "baseline"),
        Marks.text(annotation, "breaks"),
        Marks.flag(annotation, "clientOnly"),
        values.typeValue(annotation, "instanceSupplier"),
        values.unresolved());
  }

  private Status readStatus(AnnotationMirror mirror) {
    return new Status(
        mirror,
        values.located(mirror, "code", Object.class),
        values.elements(mirror, "code", Integer.class),
        values.string(mirror, "range"),
        values.string(mirror, "title"),
        values.string(mirror, "description"),
        values.annotations(mirror, "headers").stream()
            .map(h -> new Header(h, values.string(h, "name"), values.string(h, "value")))
            .toList(),
        attributeValues(mirror),
        values.string(mirror, "constant"),
        values.strings(mirror, "suppress"),
        Marks.text(mirror, "deprecated"),
        Marks.text(mirror, "breaks"));
  }

  private Error readError(AnnotationMirror mirror) {
    return new Error(
        mirror,
        values.integer(mirror, "status"),
        values.string(mirror, "detail"),
        values.string(mirror, "description"),
        values.string(mirror, "code"),
        values.annotations(mirror, "args").stream()
            .map(a -> new Arg(a, values.string(a, "name"), values.typeValue(a, "type")))
            .toList(),
        attributeValues(mirror),
        values.string(mirror, "title"),
        values.string(mirror, "type"),
        values.enumConstants(mirror, "answers"),
        values.string(mirror, "constant"),
        values.enumConstant(mirror, "stackTrace"),
        values.strings(mirror, "suppress"),
        Marks.text(mirror, "deprecated"),
        Marks.text(mirror, "breaks"));
  }

  private List<AttributeValue> attributeValues(AnnotationMirror mirror) {
    return values.annotations(mirror, "attributes").stream()
        .map(a -> new AttributeValue(a, values.string(a, "name"), values.string(a, "value"),
            values.string(a, "description")))
        .toList();
  }

  private List<Member> members(AnnotationMirror mirror, String name) {
    return values.annotations(mirror, name).stream()
        .map(m -> new Member(
            m, values.string(m, "name"), values.enumConstant(m, "value"), values.string(m, "constant"), values.string(m, "attribute"),
            values.string(m, "argument"), values.located(m, "omitWhenAbsent", Boolean.class), Marks.flag(m, "varies"),
            values.annotations(m, "items").stream()
                .map(i -> new Declarations.Item(i, values.string(i, "name"), values.enumConstant(i, "value")))
                .toList()))
        .toList();
  }

  private List<Column> columns(AnnotationMirror mirror, String name) {
    return values.annotations(mirror, name).stream()
        .map(c -> new Column(c, values.string(c, "header"), values.enumConstant(c, "value"), values.string(c, "attribute")))
        .toList();
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The text of an annotation's explicit {@code value}, such as a catalog's name, if it has one. */
  public static Optional<String> explicitValue(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return Optional.of(String.valueOf(entry.getValue().getValue()));
      }
    }
    return Optional.empty();
  }

  /** The annotation of this type on the element, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> qualifiedName(m).equals(qualifiedName))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
  }
}
