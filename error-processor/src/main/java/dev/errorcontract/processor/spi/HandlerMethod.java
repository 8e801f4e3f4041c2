package dev.errorcontract.processor.spi;

import dev.errorcontract.catalog.Condition;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.ExecutableElement;

/**
 * A framework's handler method as an API operation, as a {@link RuntimeAdapter} reads it. The errors it
 * declares are not here: the processor reads them from the method's {@code throws} clause, and checks
 * its body against them, the same way for every framework.
 *
 * @param method the method
 * @param httpMethod {@code GET}, {@code POST}, ...
 * @param path the path as OpenAPI writes it: leading slash, no trailing one, templates as {@code {id}}
 *     without regular expressions
 * @param parameters the path parameters, then the query parameters, each in declaration order
 * @param raised what the framework answers for this operation by itself, in the order documents list
 *     them; the processor adds the unexpected failure to every operation
 */
public record HandlerMethod(
    ExecutableElement method, String httpMethod, String path, List<Parameter> parameters, List<Raised> raised) {

  /** Copies the lists. */
  public HandlerMethod {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(httpMethod, "httpMethod");
    Objects.requireNonNull(path, "path");
    parameters = List.copyOf(parameters);
    raised = List.copyOf(raised);
  }

  /**
   * A path or query parameter.
   *
   * @param name its name in the path template or the query
   * @param in {@code path} or {@code query}
   * @param schemaType the JSON schema type its Java type converts from: {@code integer}, {@code number},
   *     {@code boolean} or {@code string}
   */
  public record Parameter(String name, String in, String schemaType) {}

  /**
   * An answer the framework gives for the operation by itself, documented as one of its errors.
   *
   * @param condition the condition, or null when {@code status} says which answer
   * @param status the status whose answer it is ({@code 404}), when {@code condition} is null; a catalog
   *     without that status answers with its undocumented client error
   * @param when when it is answered, for the documents ("the request body cannot be read")
   */
  public record Raised(Condition condition, int status, String when) {

    /** Either a condition or a status. */
    public Raised {
      Objects.requireNonNull(when, "when");
      if ((condition == null) == (status == 0)) {
        throw new IllegalArgumentException("a raised answer is a condition or a status, not both or neither");
      }
    }

    /**
     * The row answering {@code condition}.
     *
     * @param condition a condition other than {@link Condition#STATUS}
     * @param when when it is answered
     * @return the raised answer
     */
    public static Raised condition(Condition condition, String when) {
      return new Raised(condition, 0, when);
    }

    /**
     * The answer of the status row covering {@code status}.
     *
     * @param status an HTTP status code
     * @param when when it is answered
     * @return the raised answer
     */
    public static Raised status(int status, String when) {
      return new Raised(null, status, when);
    }
  }
}
