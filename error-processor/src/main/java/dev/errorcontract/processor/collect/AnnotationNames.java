package dev.errorcontract.processor.collect;

import dev.errorcontract.catalog.ApiError;
import dev.errorcontract.catalog.Bind;
import dev.errorcontract.catalog.ErrorCatalog;
import dev.errorcontract.catalog.FieldBody;
import dev.errorcontract.catalog.ProblemBody;
import dev.errorcontract.catalog.PublishedPage;
import dev.errorcontract.catalog.RecordBody;
import dev.errorcontract.catalog.Status;
import java.util.List;

/** The annotations the processor reads, by qualified name. */
public final class AnnotationNames {

  private AnnotationNames() {}

  public static final String ERROR_CATALOG = ErrorCatalog.class.getCanonicalName();
  public static final String STATUS = Status.class.getCanonicalName();
  public static final String STATUS_LIST = Status.List.class.getCanonicalName();
  public static final String API_ERROR = ApiError.class.getCanonicalName();
  public static final String API_ERROR_LIST = ApiError.List.class.getCanonicalName();
  public static final String FIELD_BODY = FieldBody.class.getCanonicalName();
  public static final String PROBLEM_BODY = ProblemBody.class.getCanonicalName();
  public static final String RECORD_BODY = RecordBody.class.getCanonicalName();
  public static final String PUBLISHED_PAGE = PublishedPage.class.getCanonicalName();
  public static final String BIND = Bind.class.getCanonicalName();
  /** Jackson's annotations are read by name: the processor does not depend on Jackson. */
  public static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  public static final String JSON_INCLUDE = "com.fasterxml.jackson.annotation.JsonInclude";

  /** The body annotations, each of which belongs beside an {@code @ErrorCatalog}. */
  public static final List<String> BODIES = List.of(FIELD_BODY, PROBLEM_BODY, RECORD_BODY);

  /** The row annotations and their containers, each of which belongs beside an {@code @ErrorCatalog}. */
  public static final List<String> ROWS = List.of(STATUS, STATUS_LIST, API_ERROR, API_ERROR_LIST);
}
