package dev.errorcontract.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Instance;
import dev.errorcontract.catalog.internal.JsonShape;
import dev.errorcontract.processor.derive.BodyModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The code that builds a catalog's {@link JsonShape} at class initialisation: every member spelled out,
 * problem details' standard members included, so the reader sees the body's whole shape in one place.
 */
final class BodyShapeCode {

  private BodyShapeCode() {}

  static CodeBlock shape(BodyModel body) {
    List<CodeBlock> members = new ArrayList<>();
    if (body instanceof BodyModel.Field field) {
      members.add(value(field.field(), CatalogValue.DETAIL, false));
      field.members().forEach(m -> members.add(member(m)));
    } else if (body instanceof BodyModel.Problem problem) {
      members.add(value("type", CatalogValue.TYPE, false));
      members.add(value("title", CatalogValue.TITLE, false));
      members.add(value("status", CatalogValue.STATUS, false));
      members.add(value("detail", CatalogValue.DETAIL, false));
      if (problem.instance() != Instance.NONE) {
        members.add(value("instance", CatalogValue.INSTANCE, true));
      }
      problem.extensions().forEach(m -> members.add(member(m)));
    } else {
      ((BodyModel.Record) body).members().forEach(m -> members.add(member(m)));
    }
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.of(", JsonShape.class)
        .add(list(members))
        .add(")\n$>$>.mediaType($L)", GeneratedFiles.literal(body.mediaType()));
    if (body.instance() != Instance.NONE) {
      code.add("\n.instance($T.$L)", Instance.class, body.instance().name());
    }
    return code.add("$<$<").build();
  }

  /**
   * The members of the body holding supplied values ({@link BodyModel.Supplied}, {@link
   * BodyModel.Violations}), in body order; empty for most catalogs.
   */
  static List<BodyModel.Member> supplied(BodyModel body) {
    List<BodyModel.Member> members = body instanceof BodyModel.Field field ? field.members()
        : body instanceof BodyModel.Problem problem ? problem.extensions()
        : ((BodyModel.Record) body).members();
    List<BodyModel.Member> supplied = new ArrayList<>();
    for (BodyModel.Member member : members) {
      if (member instanceof BodyModel.Supplied || member instanceof BodyModel.Violations) {
        supplied.add(member);
      }
    }
    return supplied;
  }

  /** The names of the template arguments some member of the body holds. */
  static Set<String> boundArguments(BodyModel body) {
    Set<String> names = new HashSet<>();
    if (body instanceof BodyModel.Field field) {
      collect(field.members(), names);
    } else if (body instanceof BodyModel.Problem problem) {
      collect(problem.extensions(), names);
    } else {
      collect(((BodyModel.Record) body).members(), names);
    }
    return names;
  }

  private static void collect(List<BodyModel.Member> members, Set<String> names) {
    for (BodyModel.Member member : members) {
      if (member instanceof BodyModel.ArgumentValue argument) {
        names.add(argument.argument());
      } else if (member instanceof BodyModel.Nested nested) {
        collect(nested.members(), names);
      }
    }
  }

  /** One member per line, indented under the call. */
  private static CodeBlock list(List<CodeBlock> members) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      code.add(i == 0 ? "\n$>$>$L$<$<" : ",\n$>$>$L$<$<", members.get(i));
    }
    return code.build();
  }

  private static CodeBlock member(BodyModel.Member member) {
    String name = GeneratedFiles.literal(member.name());
    if (member instanceof BodyModel.Bound bound) {
      return varies(value(member.name(), bound.value(), bound.omitWhenAbsent()), bound.varies());
    }
    if (member instanceof BodyModel.Constant constant) {
      Object value = constant.value();
      String literal = value instanceof String text ? GeneratedFiles.literal(text)
          : value instanceof Long number ? number + "L" : String.valueOf(value);
      return varies(CodeBlock.of("$T.constant($L, $L)", JsonShape.class, name, literal), constant.varies());
    }
    if (member instanceof BodyModel.AttributeValue attribute) {
      return varies(omitted(CodeBlock.of("$T.attribute($L, $L)", JsonShape.class, name,
          GeneratedFiles.literal(attribute.attribute())), attribute.omitWhenAbsent()), attribute.varies());
    }
    if (member instanceof BodyModel.ArgumentValue argument) {
      return omitted(CodeBlock.of("$T.argument($L, $L)", JsonShape.class, name,
          GeneratedFiles.literal(argument.argument())), argument.omitWhenAbsent());
    }
    if (member instanceof BodyModel.Supplied supplied) {
      return omitted(CodeBlock.of("$T.supplied($L, $L)", JsonShape.class, name,
          GeneratedFiles.literal(supplied.key())), supplied.omitWhenAbsent());
    }
    if (member instanceof BodyModel.Violations list) {
      CodeBlock.Builder items = CodeBlock.builder();
      for (BodyModel.ItemModel item : list.items()) {
        items.add(",\n$>$>$T.$L($L)$<$<", JsonShape.class, item.path() ? "path" : "message",
            GeneratedFiles.literal(item.name()));
      }
      return omitted(CodeBlock.of("$T.violations($L, $L$L)", JsonShape.class, name,
          GeneratedFiles.literal(list.key()), items.build()), list.omitWhenAbsent());
    }
    BodyModel.Nested nested = (BodyModel.Nested) member;
    List<CodeBlock> members = new ArrayList<>();
    nested.members().forEach(m -> members.add(member(m)));
    return CodeBlock.builder().add("$T.object($L", JsonShape.class, name)
        .add(members.isEmpty() ? CodeBlock.of("") : CodeBlock.builder().add(",").add(list(members)).build())
        .add(")").build();
  }

  private static CodeBlock value(String name, CatalogValue value, boolean omitWhenAbsent) {
    boolean canBeAbsent = value == CatalogValue.CODE || value == CatalogValue.TYPE || value == CatalogValue.INSTANCE;
    return omitted(CodeBlock.of("$T.value($L, $T.$L)", JsonShape.class, GeneratedFiles.literal(name),
        CatalogValue.class, value.name()), omitWhenAbsent && canBeAbsent);
  }

  private static CodeBlock varies(CodeBlock member, boolean varies) {
    return varies ? CodeBlock.of("$L.varies()", member) : member;
  }

  private static CodeBlock omitted(CodeBlock member, boolean omitWhenAbsent) {
    return omitWhenAbsent ? CodeBlock.of("$L.omittedWhenAbsent()", member) : member;
  }
}
