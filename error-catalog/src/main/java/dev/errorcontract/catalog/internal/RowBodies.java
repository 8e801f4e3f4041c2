package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.ErrorBody;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The compiled bodies of one error row: one template per code it may answer with where the body carries
 * the status (an added answer of a row covering several codes), else one; and for a constant detail,
 * the body of each already encoded. Immutable and thread-safe.
 */
public final class RowBodies {

  private final ErrorRow row;
  private final String mediaType;
  /** The codes the templates are for, in order; null when one template serves every code. */
  private final int[] codes;

  private final BodyTemplate[] templates;
  /** Per template, the body with no instance; null for a template detail. */
  private final ErrorBody[] constants;
  /** Per template, the bytes of {@link #constants}, which nothing changes; for decoding. */
  private final byte[][] constantBytes;

  RowBodies(ErrorRow row, String mediaType, List<Integer> codes, BodyTemplate[] templates) {
    this.row = row;
    this.mediaType = mediaType;
    this.codes = codes == null ? null : codes.stream().mapToInt(Integer::intValue).toArray();
    this.templates = templates;
    this.constants = new ErrorBody[templates.length];
    this.constantBytes = new byte[templates.length][];
    if (row.arguments().isEmpty()) {
      for (int i = 0; i < templates.length; i++) {
        constantBytes[i] = templates[i].bytes(row.detail(), null, null);
        constants[i] = ErrorBodies.encoded(constantBytes[i]);
      }
    }
  }

  /** The exact {@code Content-Type}. */
  public String mediaType() {
    return mediaType;
  }

  /** The body answered with {@code status} (see {@link ErrorRow#statusFor}), encoded once; null for a template detail. */
  public ErrorBody body(int status) {
    return constants[index(status)];
  }

  /**
   * The body of a constant detail answered with {@code status}, carrying {@code instance} (null: none)
   * where the body has an instance member; null for a template detail.
   */
  public ErrorBody body(int status, String instance) {
    int index = index(status);
    ErrorBody constant = constants[index];
    if (constant == null || instance == null || !templates[index].hasInstance()) {
      return constant;
    }
    return templates[index].render(row.detail(), instance, null);
  }

  /**
   * The body of a template detail rendered as {@code detail}, carrying {@code instance} (null: none),
   * for a body that binds none of the row's arguments to members.
   *
   * @throws IllegalArgumentException if the body would exceed {@link Integer#MAX_VALUE} bytes
   */
  public ErrorBody render(String detail, String instance) {
    return render(detail, instance, null);
  }

  /**
   * The body of a template detail rendered as {@code detail}, carrying {@code instance} (null: none)
   * and the row's {@code arguments} in placeholder order where members hold them.
   *
   * @throws IllegalArgumentException if the body would exceed {@link Integer#MAX_VALUE} bytes
   */
  public ErrorBody render(String detail, String instance, Object[] arguments) {
    Objects.requireNonNull(detail, "detail");
    BodyTemplate template = templates[0];
    return template.render(detail, template.hasInstance() ? instance : null, arguments);
  }

  /**
   * The body of a constant detail answered with {@code status}, carrying {@code instance} (null: none)
   * and the {@code supplied} values by key (see {@link JsonShape#supplied}, {@link JsonShape#violations});
   * null for a template detail. With no supplied value it is {@link #body(int, String)}; else it is
   * encoded now, as supplied values are bounded ({@link Supplied}).
   *
   * @throws IllegalArgumentException if a supplied value is not of its member's kind
   */
  public ErrorBody body(int status, String instance, Map<String, Object> supplied) {
    int index = index(status);
    if (constants[index] == null || supplied == null || supplied.isEmpty() || !templates[index].hasSupplied()) {
      return body(status, instance);
    }
    BodyTemplate template = templates[index];
    return ErrorBodies.encoded(
        template.bytes(row.detail(), template.hasInstance() ? instance : null, null, supplied));
  }

  /**
   * The body of a template detail as {@link #render(String, String, Object[])} writes it, with the
   * {@code supplied} values by key too.
   *
   * @throws IllegalArgumentException if a supplied value is not of its member's kind
   */
  public ErrorBody render(String detail, String instance, Object[] arguments, Map<String, Object> supplied) {
    Objects.requireNonNull(detail, "detail");
    BodyTemplate template = templates[0];
    if (supplied == null || supplied.isEmpty() || !template.hasSupplied()) {
      return render(detail, instance, arguments);
    }
    return ErrorBodies.encoded(
        template.bytes(detail, template.hasInstance() ? instance : null, arguments, supplied));
  }

  /** The template answered with {@code status}; for decoding. */
  BodyTemplate template(int status) {
    return templates[index(status)];
  }

  /** The bytes of the body answered with {@code status} and no instance; null for a template detail. */
  byte[] constantBytes(int status) {
    return constantBytes[index(status)];
  }

  /** The row; for decoding. */
  ErrorRow row() {
    return row;
  }

  private int index(int status) {
    if (codes == null) {
      return 0;
    }
    int answered = row.statusFor(status);
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == answered) {
        return i;
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return row + ": " + List.of(templates);
  }
}
