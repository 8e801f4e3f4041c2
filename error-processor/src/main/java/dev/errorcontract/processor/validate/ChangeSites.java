package dev.errorcontract.processor.validate;

import dev.errorcontract.evolution.Change;
import dev.errorcontract.processor.collect.Declarations;
import dev.errorcontract.processor.diagnostics.Located;
import dev.errorcontract.processor.derive.Description;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.Meaning;
import java.util.List;

/**
 * Where a change of the contract is declared: the narrowest annotation value of the current catalog,
 * and the marker that would acknowledge it. A change of a row is reported at the row's member that
 * changed (its detail, its code, the attribute's value...), or at the row when that member was left at
 * its default; a removed row and a change of the body at the catalog's {@code baseline}, or at the body
 * annotation.
 */
final class ChangeSites {

  /** A place to report at, and the marker the fix names. */
  record Site(Located<?> where, String acknowledge) {}

  private static final String ROW_MARKER = "breaks = \"<release>\" on this row";
  private static final String CATALOG_MARKER = "@ErrorCatalog(breaks = \"<release>\")";

  private final Declarations.Catalog declaration;
  private final Description description;
  private final Located<String> baseline;

  ChangeSites(Declarations.Catalog declaration, Description description, Located<String> baseline) {
    this.declaration = declaration;
    this.description = description;
    this.baseline = baseline;
  }

  Site of(Change change) {
    if (change.scope() == Change.Scope.CATALOG) {
      return catalog(change.member());
    }
    if (change.newIndex() < 0) {
      return new Site(baseline, change.scope() == Change.Scope.CATALOG ? CATALOG_MARKER
          : CATALOG_MARKER + ", or deprecate the row (deprecated = \"...\") in a release before removing it");
    }
    return switch (change.scope()) {
      case STATUS -> status(change.newIndex(), change.member());
      case ERROR -> error(description.errors().get(change.newIndex()), change.member());
      case CATALOG -> throw new AssertionError("handled above");
    };
  }

  private Site catalog(String member) {
    if (member.equals("attributes")) {
      return new Site(declaration.attributes().isEmpty() ? baseline : declaration.attributes().get(0), CATALOG_MARKER);
    }
    if (declaration.bodies().isEmpty()) {
      return new Site(baseline, CATALOG_MARKER);
    }
    Declarations.Body body = declaration.bodies().get(0);
    Located<String> where = switch (member) {
      case "mediaType" -> body.mediaType();
      case "instance" -> body.instance();
      default -> null;
    };
    if (where == null || !where.isExplicit()) {
      where = new Located<>(null, body.annotation(), null);
    }
    return new Site(where, CATALOG_MARKER);
  }

  private Site status(int index, String member) {
    Declarations.Status status = declaration.statuses().get(index);
    Located<?> where = switch (member) {
      case "code" -> status.range().isExplicit() ? status.range() : status.code();
      case "title" -> status.title();
      case "description" -> status.description();
      case "constant" -> status.constant();
      case "deprecated" -> status.deprecated();
      default -> member.startsWith("header ") ? header(status.headers(), member.substring(7)) : null;
    };
    return new Site(explicitOrRow(where, status.annotation()), ROW_MARKER);
  }

  private Site error(ErrorModel error, String member) {
    if (error.addedByLibrary()) {
      // The library's answer of a status row: declared, and acknowledged, by that row.
      int index = description.statuses().indexOf(error.status());
      return new Site(new Located<>(null, declaration.statuses().get(index).annotation(), null), ROW_MARKER);
    }
    Declarations.Error row = declaration.errors().stream()
        .filter(e -> Meaning.errorConstant(e).equals(error.constantName()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no declaration of " + error.constantName()));
    Located<?> where = switch (member) {
      case "detail" -> row.detail();
      case "status" -> row.status();
      case "code" -> row.code();
      case "title" -> row.title();
      case "type" -> row.type();
      case "description" -> row.description();
      case "constant" -> row.constant();
      case "answers" -> row.answers().isEmpty() ? null : row.answers().get(0);
      case "deprecated" -> row.deprecated();
      default -> member.startsWith("attribute ") ? attribute(row.attributes(), member.substring(10))
          : member.startsWith("argument ") ? argument(row.args(), member.substring(9)) : null;
    };
    return new Site(explicitOrRow(where, row.annotation()), ROW_MARKER);
  }

  private static Located<?> explicitOrRow(Located<?> where, javax.lang.model.element.AnnotationMirror row) {
    return where != null && where.isExplicit() ? where : new Located<>(null, row, null);
  }

  private static Located<?> header(List<Declarations.Header> headers, String name) {
    return headers.stream().filter(h -> name.equalsIgnoreCase(h.name().get())).map(Declarations.Header::value)
        .findFirst().orElse(null);
  }

  private static Located<?> attribute(List<Declarations.AttributeValue> values, String name) {
    return values.stream().filter(v -> name.equals(v.name().get())).map(Declarations.AttributeValue::value)
        .findFirst().orElse(null);
  }

  private static Located<?> argument(List<Declarations.Arg> args, String name) {
    return args.stream().filter(a -> name.equals(a.name().get())).map(Declarations.Arg::type)
        .findFirst().orElse(null);
  }
}
