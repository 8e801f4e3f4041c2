package dev.errorcontract.processor.spi;

import dev.errorcontract.catalog.Condition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * A valid catalog as an adapter sees it: its names, its rows and which row answers each framework
 * condition. Immutable, and made by the processor only (components may be added in later releases;
 * read them, do not construct the record). The generated types the names give exist in the next round:
 * generated code may name them, an adapter may not look them up.
 *
 * @param declaringType the type carrying {@code @ErrorCatalog}: the originating element of every file
 *     generated for the catalog
 * @param packageName the package of the generated types (empty for the unnamed package)
 * @param name the catalog name, the prefix of every generated type, such as {@code Passport}
 * @param clientOnly whether the catalog describes someone else's API ({@code @ErrorCatalog(clientOnly =
 *     true)}); the processor runs no adapter for such a catalog
 * @param statuses the status rows, in declaration order
 * @param errors every answer the server may send: declared rows in declaration order, then the answers
 *     the library adds
 * @param conditions the constant of the error enum answering each condition other than {@link
 *     Condition#STATUS}, for every condition
 */
public record CatalogView(
    TypeElement declaringType,
    String packageName,
    String name,
    boolean clientOnly,
    List<Status> statuses,
    List<Error> errors,
    Map<Condition, String> conditions) {

  /** Copies the lists and the map. */
  public CatalogView {
    statuses = List.copyOf(statuses);
    errors = List.copyOf(errors);
    conditions = Map.copyOf(conditions);
  }

  /**
   * A row of the status table.
   *
   * @param codes every code the row covers, ascending
   * @param title the title, as published or the standard reason phrase
   * @param constantName the constant of the generated status enum
   * @param deprecated whether the row is deprecated
   */
  public record Status(List<Integer> codes, String title, String constantName, boolean deprecated) {

    /** Copies the codes. */
    public Status {
      codes = List.copyOf(codes);
    }
  }

  /**
   * An answer of the server.
   *
   * @param constantName the constant of the generated error enum, such as {@code INVALID_NONCE}
   * @param exceptionName the nested class of the generated exception, such as {@code InvalidNonce}
   *     ({@code PassportException.InvalidNonce})
   * @param status the status code a thrown exception answers with by default
   * @param detail the detail as published (a template keeps its placeholders)
   * @param code the machine code, or null
   * @param answers the conditions it answers, {@link Condition#STATUS} when it is its status's answer
   * @param addedByLibrary true for an answer the page has no row for
   * @param deprecated whether the row is deprecated
   */
  public record Error(
      String constantName,
      String exceptionName,
      int status,
      String detail,
      String code,
      Set<Condition> answers,
      boolean addedByLibrary,
      boolean deprecated) {

    /** Copies the conditions. */
    public Error {
      answers = Set.copyOf(answers);
    }
  }

  /** {@code PassportStatus}: the enum of the status rows. */
  public String statusEnumName() {
    return name + "Status";
  }

  /** {@code PassportError}: the enum of the answers; its static {@code table()} is the runtime's {@code ErrorTable}. */
  public String errorEnumName() {
    return name + "Error";
  }

  /** {@code PassportException}: the sealed exception, one nested class per answer. */
  public String exceptionName() {
    return name + "Exception";
  }

  /** {@code PassportDecoder}: the client side's decoder. */
  public String decoderName() {
    return name + "Decoder";
  }

  /**
   * The qualified name of one of the catalog's generated types, such as {@code
   * qualifiedName(errorEnumName())}.
   *
   * @param simpleName a simple name
   * @return the name in the catalog's package
   */
  public String qualifiedName(String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /**
   * Whether any row is deprecated: the generated types then refer to deprecated ones, and generated code
   * that names them says {@code @SuppressWarnings("deprecation")}.
   */
  public boolean hasDeprecatedRows() {
    return statuses.stream().anyMatch(Status::deprecated) || errors.stream().anyMatch(Error::deprecated);
  }
}
