package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.Member;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for the {@code @Member}s of a field body and the extensions of a problem body: a name,
 * unique and not a standard problem-details member, one usable source, {@code varies} only where a value
 * can vary, {@code omitWhenAbsent} only where it can be absent.
 */
final class BodyMembers {

  private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");
  private static final Set<String> NEVER_ABSENT = Set.of("STATUS", "TITLE", "DETAIL", "DESCRIPTION", "TYPE");

  private BodyMembers() {}

  /** Reports the problems of {@code members}; {@code names} holds the body's names taken already. */
  static void validate(BodyContext context, List<Member> members, Set<String> names, boolean problem) {
    Catalog catalog = context.catalog();
    Report report = context.report();
    for (Member member : members) {
      String name = member.name().get();
      if (name == null) {
        continue;
      }
      if (name.isBlank()) {
        report.report(Message.MEMBER_NAME_BLANK, catalog.type(), member.name());
      } else if (problem && PROBLEM_MEMBERS.contains(name)) {
        report.report(Message.MEMBER_NAME_RESERVED, catalog.type(), member.name(), name, reservedHint(name));
      } else if (!names.add(name)) {
        report.report(Message.MEMBER_NAME_DUPLICATE, catalog.type(), member.name(), name);
      }
      String subject = "The member \"" + name + "\"";
      Where annotation = new Where(catalog.type(), member.annotation(), null);
      String value = member.value().get();
      if (!MemberSources.checkSources(context, subject, annotation, member.value(), member.constant(), member.attribute(),
          member.argument())) {
        continue;
      }
      MemberSources.checkSource(context, subject, value, member.attribute(), member.argument(), Where.at(catalog, member.value()),
          Where.at(catalog, member.attribute()), Where.at(catalog, member.argument()), null);
      Texts.checkLength(catalog, member.constant(), "constant", report);
      MemberSources.checkVaries(subject, value, member.argument(), member.varies(), Where.at(catalog, member.varies()),
          report);
      if (Boolean.TRUE.equals(member.omitWhenAbsent().get()) && member.omitWhenAbsent().isExplicit()) {
        String never = neverAbsent(value, member.attribute().get(), member.argument().get());
        if (never != null) {
          report.report(Message.OMIT_NEVER_ABSENT, catalog.type(), member.omitWhenAbsent(), subject, never);
        }
      }
    }
    SuppliedMembers.validate(context, members);
  }

  private static String reservedHint(String name) {
    switch (name) {
      case "title": return " (give a row its own title with @ApiError(title = ...))";
      case "type": return " (give a row its own type with @ApiError(type = ...))";
      case "instance": return " (give it a source with @ProblemBody(instance = ...))";
      default: return "";
    }
  }

  /** Why a value is never absent, or null when it can be. */
  private static String neverAbsent(String value, String attribute, String argument) {
    if (NEVER_ABSENT.contains(value)) {
      return "every answer has a " + value.toLowerCase(Locale.ROOT);
    }
    if ("CONSTANT".equals(value) && Texts.empty(attribute) && Texts.empty(argument)) {
      return "it is a constant";
    }
    return null;
  }
}
