package dev.errorcontract.jaxrs.acceptance;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A generated catalog's table whose errors record the violations the glue hands to {@link
 * DocumentedError#body(int, String, List)}, and answer with what the generated row writes for them:
 * the suite asserts both the bytes on the wire and the exact violations, so that once a row declares a
 * list member for them the same test reads them in the bytes too.
 */
final class RecordingTable implements ErrorTable {

  private final ErrorTable table;
  private final List<Recording> errors = new ArrayList<>();
  /** Every violation list handed to a body, in order; the suite runs its requests one at a time. */
  final List<List<Violation>> handed = new CopyOnWriteArrayList<>();

  RecordingTable(ErrorTable table) {
    this.table = table;
    for (DocumentedError error : table.errors()) {
      errors.add(new Recording(error));
    }
  }

  private Recording wrap(DocumentedError error) {
    for (Recording recording : errors) {
      if (recording.error == error) {
        return recording;
      }
    }
    throw new IllegalArgumentException("Not of this table: " + error);
  }

  @Override
  public String name() {
    return table.name();
  }

  @Override
  public List<? extends DocumentedStatus> statuses() {
    return table.statuses();
  }

  @Override
  public List<? extends DocumentedError> errors() {
    return errors;
  }

  @Override
  public Instance instance() {
    return table.instance();
  }

  @Override
  public DocumentedError forStatus(int status) {
    return wrap(table.forStatus(status));
  }

  @Override
  public DocumentedError forCondition(Condition condition) {
    return wrap(table.forCondition(condition));
  }

  @Override
  public Optional<? extends DocumentedStatus> status(int code) {
    return table.status(code);
  }

  @Override
  public Optional<? extends DocumentedError> byCode(String code) {
    return table.byCode(code).map(this::wrap);
  }

  private final class Recording implements DocumentedError {

    private final DocumentedError error;

    Recording(DocumentedError error) {
      this.error = error;
    }

    @Override
    public ErrorBody body(int status, String instance, List<Violation> violations) {
      handed.add(List.copyOf(violations));
      return error.body(status, instance, violations);
    }

    @Override
    public DocumentedStatus status() {
      return error.status();
    }

    @Override
    public String detail() {
      return error.detail();
    }

    @Override
    public String title() {
      return error.title();
    }

    @Override
    public String description() {
      return error.description();
    }

    @Override
    public String code() {
      return error.code();
    }

    @Override
    public List<String> arguments() {
      return error.arguments();
    }

    @Override
    public Map<String, String> attributes() {
      return error.attributes();
    }

    @Override
    public Set<Condition> answers() {
      return error.answers();
    }

    @Override
    public boolean addedByLibrary() {
      return error.addedByLibrary();
    }

    @Override
    public String mediaType() {
      return error.mediaType();
    }

    @Override
    public ErrorBody body() {
      return error.body();
    }

    @Override
    public ErrorBody body(int status, String instance) {
      return error.body(status, instance);
    }

    @Override
    public int statusFor(int requested) {
      return error.statusFor(requested);
    }

    @Override
    public String toString() {
      return error.toString();
    }
  }
}
