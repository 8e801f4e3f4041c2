package dev.errorcontract.processor.collect;

import dev.errorcontract.catalog.Bind;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.ProblemBody;
import dev.errorcontract.catalog.RecordBody;
import java.util.List;

/** The annotations the processor reads, by qualified name. */
public final class AnnotationNames {

  private AnnotationNames() {}

  public static final String ERROR_CATALOG = ErrorCatalog.class.getCanonicalName();
  public static final String FIELD_BODY = FieldBody.class.getCanonicalName();
  public static final String PROBLEM_BODY = ProblemBody.class.getCanonicalName();
  public static final String RECORD_BODY = RecordBody.class.getCanonicalName();
  public static final String BIND = Bind.class.getCanonicalName();
  public static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";

  /** The body annotations, each of which belongs beside an {@code @ErrorCatalog}. */
  public static final List<String> BODIES = List.of(FIELD_BODY, PROBLEM_BODY, RECORD_BODY);
}
