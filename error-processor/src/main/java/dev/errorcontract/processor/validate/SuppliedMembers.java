package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Arg;
import dev.errorcontract.processor.collect.Declarations.Error;
import dev.errorcontract.processor.collect.Declarations.Item;
import dev.errorcontract.processor.collect.Declarations.Member;
import dev.errorcontract.processor.derive.Names;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The rules for members holding values the throwing code or validation supplies ({@code
 * CatalogValue.SUPPLIED}, {@code CatalogValue.VIOLATIONS}) in field and problem bodies: a list declares
 * its items, unique, holding the violation's path and message once each; items only on a list; one list
 * of violations per body; a name that makes a Java accessor no catalog exception has already, no other
 * supplied member makes, and no template argument has.
 */
final class SuppliedMembers {

  /** What every catalog exception answers already: {@code CatalogException}'s and {@code Throwable}'s accessors. */
  private static final Set<String> RESERVED = Set.of("error", "status", "detail", "mediaType", "body", "headers",
      "header", "instance", "supplied", "retryAfter", "message", "localizedMessage", "cause", "stackTrace",
      "suppressed", "class");

  private SuppliedMembers() {}

  static void validate(BodyContext context, List<Member> members) {
    Report report = context.report();
    Member violations = null;
    Map<String, Member> keys = new HashMap<>();
    for (Member member : members) {
      String name = member.name().get();
      String value = member.value().get();
      if (name == null || name.isBlank()) {
        continue;
      }
      boolean list = "VIOLATIONS".equals(value);
      if (!list && !member.items().isEmpty()) {
        new Where(context.catalog().type(), member.items().get(0).annotation(), null)
            .report(report, Message.ITEMS_WITHOUT_LIST, name, holds(member));
      }
      if (list) {
        if (violations != null) {
          Where.at(context.catalog(), member.value())
              .report(report, Message.VIOLATIONS_MEMBER_TWICE, violations.name().get(), name);
        } else {
          violations = member;
        }
        items(context, member);
      }
      if (list || "SUPPLIED".equals(value)) {
        key(context, member, keys);
      }
    }
  }

  private static String holds(Member member) {
    String value = member.value().get();
    if (member.attribute().get() != null && !member.attribute().get().isEmpty()) {
      return "the attribute \"" + member.attribute().get() + "\"";
    }
    if (member.argument().get() != null && !member.argument().get().isEmpty()) {
      return "the template argument \"" + member.argument().get() + "\"";
    }
    return "CONSTANT".equals(value) ? "a constant" : "CatalogValue." + value;
  }

  private static void items(BodyContext context, Member member) {
    Report report = context.report();
    String name = member.name().get();
    if (member.items().isEmpty()) {
      Where.at(context.catalog(), member.value()).report(report, Message.LIST_ITEMS_MISSING, name);
      return;
    }
    Map<String, Item> names = new HashMap<>();
    Item path = null;
    Item message = null;
    for (Item item : member.items()) {
      String itemName = item.name().get();
      if (itemName == null) {
        continue;
      }
      if (itemName.isBlank()) {
        Where.at(context.catalog(), item.name()).report(report, Message.LIST_ITEM_NAME_BLANK, name);
        continue;
      }
      if (names.putIfAbsent(itemName, item) != null) {
        Where.at(context.catalog(), item.name()).report(report, Message.LIST_ITEM_DUPLICATE, name, itemName);
        continue;
      }
      boolean isPath = "PATH".equals(item.value().get());
      Item earlier = isPath ? path : message;
      if (earlier != null) {
        Where.at(context.catalog(), item.value()).report(report, Message.LIST_ITEM_PART_TWICE, name,
            isPath ? "path" : "message", earlier.name().get(), itemName);
      } else if (isPath) {
        path = item;
      } else {
        message = item;
      }
    }
    Where at = new Where(context.catalog().type(), member.annotation(), null);
    if (path == null && message != null) {
      at.report(report, Message.LIST_ITEM_PART_MISSING, name, "path", "which value failed", "name", "PATH");
    } else if (message == null && path != null) {
      at.report(report, Message.LIST_ITEM_PART_MISSING, name, "message", "why it failed", "reason", "MESSAGE");
    }
  }

  private static void key(BodyContext context, Member member, Map<String, Member> keys) {
    Report report = context.report();
    String name = member.name().get();
    String key = Names.suppliedKey(name);
    Where at = Where.at(context.catalog(), member.name());
    if (key.isEmpty() || !Character.isJavaIdentifierStart(key.charAt(0)) || !SourceVersion.isName(key)) {
      at.report(report, Message.SUPPLIED_NAME_UNUSABLE, name,
          key.isEmpty() ? "it has no letters or digits" : "\"" + key + "\" is not a Java name");
      return;
    }
    String capitalised = Character.toUpperCase(key.charAt(0)) + key.substring(1);
    if (RESERVED.contains(key)) {
      at.report(report, Message.SUPPLIED_NAME_RESERVED, name, key, capitalised, key, name);
      return;
    }
    Member earlier = keys.putIfAbsent(key, member);
    if (earlier != null) {
      at.report(report, Message.SUPPLIED_KEY_DUPLICATE, earlier.name().get(), name, key);
      return;
    }
    for (Error error : context.catalog().errors()) {
      for (Arg arg : error.args()) {
        if (key.equals(arg.name().get())) {
          at.report(report, Message.SUPPLIED_IS_ARGUMENT, name, error.detail().get(), key, capitalised, key);
          return;
        }
      }
    }
  }
}
