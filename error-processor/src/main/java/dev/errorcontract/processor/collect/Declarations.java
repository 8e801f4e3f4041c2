package dev.errorcontract.processor.collect;

import dev.errorcontract.processor.diagnostics.Located;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What a catalog declaration says, as written: raw values with their source positions, not yet
 * checked. Validators read these; only a clean declaration becomes a model.
 */
public final class Declarations {

  private Declarations() {}

  /** An {@code @ErrorCatalog} and the body annotations beside it. */
  public record Catalog(
      TypeElement type,
      AnnotationMirror annotation,
      Located<String> name,
      List<Status> statuses,
      List<Error> errors,
      Located<Integer> clientFallback,
      Located<Integer> serverFallback,
      Located<String> stackTraces,
      List<Body> bodies) {}

  /** One {@code @Status}. */
  public record Status(
      AnnotationMirror annotation,
      Located<Integer> code,
      Located<String> title,
      Located<String> description,
      List<Header> headers,
      Located<String> name) {}

  /** One {@code @Header}. */
  public record Header(AnnotationMirror annotation, Located<String> name, Located<String> value) {}

  /** One {@code @ErrorDetail}. */
  public record Error(
      AnnotationMirror annotation,
      Located<Integer> status,
      Located<String> detail,
      Located<String> description,
      Located<String> code,
      List<Arg> args,
      Located<String> name,
      Located<String> stackTrace) {}

  /** One {@code @Arg}. */
  public record Arg(AnnotationMirror annotation, Located<String> name, Located<TypeMirror> type) {}

  /** A body annotation on the catalog type. */
  public sealed interface Body permits FieldBody, ProblemBody, RecordBody {
    AnnotationMirror annotation();
  }

  /** {@code @FieldBody}. */
  public record FieldBody(AnnotationMirror annotation, Located<String> field) implements Body {}

  /** {@code @ProblemBody}. */
  public record ProblemBody(
      AnnotationMirror annotation,
      Located<String> type,
      Located<Boolean> instance,
      List<Extension> extensions)
      implements Body {}

  /** One {@code @Extension} of a problem body. */
  public record Extension(
      AnnotationMirror annotation, Located<String> name, Located<String> value, Located<String> constant) {}

  /** {@code @RecordBody}, with the record's components read as a tree. */
  public record RecordBody(AnnotationMirror annotation, Located<TypeMirror> type, RecordShape shape)
      implements Body {}

  /**
   * The components of a body record. {@code shape} is null when the type is not a usable record.
   */
  public record RecordShape(TypeElement record, List<Component> components) {}

  /**
   * One record component: its JSON name, its {@code @Bind} (null when absent), and, when its type is a
   * record, that record's shape ({@code cycle} when it contains itself).
   */
  public record Component(
      RecordComponentElement element,
      String jsonName,
      TypeMirror type,
      AnnotationMirror bind,
      Located<String> value,
      Located<String> constant,
      RecordShape nested,
      boolean cycle) {}
}
