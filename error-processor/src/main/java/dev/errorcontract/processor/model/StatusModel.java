package dev.errorcontract.processor.model;

import java.util.List;

/** A documented status: a row of the published status table. */
public record StatusModel(
    int code, String title, String description, List<HeaderModel> headers, String constantName) {

  /** Whether the server may answer with this status as an error. */
  public boolean isError() {
    return code >= 400;
  }
}
