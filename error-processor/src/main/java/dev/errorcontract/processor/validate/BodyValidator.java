package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.FieldBody;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.collect.Declarations.RecordBody;
import dev.errorcontract.processor.derive.Meaning;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.util.Types;

/**
 * The rules for the body: exactly one body annotation, then that body's own rules: its media type
 * ({@link MediaTypes}), the members of a field or problem body ({@link BodyMembers}), or a record body's
 * shape ({@link RecordShapes}).
 */
final class BodyValidator {

  private final RecordShapes records;

  BodyValidator(Types types, Predicate<Element> inSource) {
    this.records = new RecordShapes(inSource, new ComponentTypes(types));
  }

  /** Reports the problems of the catalog's body. */
  void validate(Catalog catalog, Meaning meaning, Attributes attributes, Report report) {
    if (catalog.bodies().isEmpty()) {
      report.report(Message.BODY_MISSING, catalog.type(), catalog.annotation(), null, catalog.type().getSimpleName());
      return;
    }
    if (catalog.bodies().size() > 1) {
      String names = catalog.bodies().stream()
          .map(b -> "@" + b.annotation().getAnnotationType().asElement().getSimpleName())
          .collect(Collectors.joining(", "));
      for (Body body : catalog.bodies()) {
        report.report(Message.BODY_CONFLICT, catalog.type(), body.annotation(), null, catalog.bodies().size(), names);
      }
      return;
    }
    Body body = catalog.bodies().get(0);
    MediaTypes.validate(catalog, body, report);
    BodyContext context = new BodyContext(catalog, meaning, attributes, body, report);
    if (body instanceof FieldBody field) {
      Set<String> names = new HashSet<>();
      if (field.field().get() != null && field.field().get().isBlank()) {
        report.report(Message.FIELD_NAME_BLANK, catalog.type(), field.field());
      } else if (field.field().get() != null) {
        names.add(field.field().get());
      }
      BodyMembers.validate(context, field.members(), names, false);
    } else if (body instanceof ProblemBody problem) {
      if (problem.type().get() != null) {
        checkProblemType(catalog, problem.type(), report);
      }
      BodyMembers.validate(context, problem.extensions(), new HashSet<>(), true);
    } else if (body instanceof RecordBody record) {
      records.validate(context, record);
    }
  }

  /** Reports a problem type that is not a URI reference, or too long. */
  static void checkProblemType(Catalog catalog, Located<String> type, Report report) {
    String reason = null;
    if (type.get().isBlank()) {
      reason = "it is empty";
    } else {
      try {
        new URI(type.get());
      } catch (URISyntaxException e) {
        reason = e.getReason() + " at index " + e.getIndex();
      }
    }
    if (reason != null) {
      report.report(Message.PROBLEM_TYPE_INVALID, catalog.type(), type, type.get(), reason);
    } else {
      Texts.checkLength(catalog, type, "problem type", report);
    }
  }

  /** Reports the body record components whose type does not compile. */
  void reportUnresolvedComponents(Catalog catalog, Report report) {
    records.reportUnresolved(catalog, report);
  }
}
