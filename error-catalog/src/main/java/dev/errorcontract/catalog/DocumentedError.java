package dev.errorcontract.catalog;

import java.util.List;

/**
 * An error a server may answer with: a row of the published error table, or a documented error status
 * answering with its title. Implemented by each generated {@code ...Error} enum.
 */
public interface DocumentedError {

  /** The documented status this error answers with. */
  DocumentedStatus status();

  /** The detail as published; a template keeps its {@code {name}} placeholders. */
  String detail();

  /** What the error means, as published. */
  String description();

  /** The stable machine code, or {@code null} when the error declares none. */
  String code();

  /** The template's argument names in placeholder order; empty for a constant detail. */
  List<String> arguments();

  /** The media type of this error's body, such as {@code application/json}. */
  String mediaType();

  /**
   * The body of this error, encoded once; {@code null} when the detail is a template (the body then
   * depends on the arguments) or when the status carries no body.
   */
  ErrorBody body();
}
