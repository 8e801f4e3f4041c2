package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.DocumentedStatus;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The published values of one status row, for a generated status enum to hold: {@code
 * StatusRow.covering(500, 502).title("Server Errors").description("...")}. Filled in while the enum
 * constant is created and only read afterwards.
 */
public final class StatusRow {

  private final int[] codes;
  private final List<Integer> codeList;
  private String title = "";
  private DocumentedStatus.TitleSource titleSource = DocumentedStatus.TitleSource.PUBLISHED;
  private String description = "";
  private final Map<String, String> headers = new LinkedHashMap<>(2);
  private final Map<String, String> readOnlyHeaders = Collections.unmodifiableMap(headers);

  private StatusRow(int[] codes) {
    if (codes.length == 0) {
      throw new IllegalArgumentException("a status row covers at least one code");
    }
    this.codes = codes.clone();
    Arrays.sort(this.codes);
    this.codeList = Arrays.stream(this.codes).boxed().toList();
  }

  /** A row covering these codes. */
  public static StatusRow covering(int... codes) {
    return new StatusRow(codes);
  }

  /** The title as published (or the standard reason phrase). */
  public StatusRow title(String title) {
    this.title = Objects.requireNonNull(title);
    return this;
  }

  /**
   * The standard reason phrase, filled in by the library where the page gives no title: {@link
   * #titleSource()} is then {@link DocumentedStatus.TitleSource#REASON_PHRASE}.
   */
  public StatusRow filledInTitle(String reasonPhrase) {
    this.title = Objects.requireNonNull(reasonPhrase);
    this.titleSource = DocumentedStatus.TitleSource.REASON_PHRASE;
    return this;
  }

  /** The description as published. */
  public StatusRow description(String description) {
    this.description = Objects.requireNonNull(description);
    return this;
  }

  /** A header every answer with this status carries, after those given before. */
  public StatusRow header(String name, String value) {
    headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return this;
  }

  public int code() {
    return codes[0];
  }

  public List<Integer> codes() {
    return codeList;
  }

  public boolean covers(int code) {
    return Arrays.binarySearch(codes, code) >= 0;
  }

  public String title() {
    return title;
  }

  public DocumentedStatus.TitleSource titleSource() {
    return titleSource;
  }

  public String description() {
    return description;
  }

  public Map<String, String> headers() {
    return readOnlyHeaders;
  }
}
