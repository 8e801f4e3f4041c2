package dev.errorcontract.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.JsonShape;
import dev.errorcontract.processor.model.BodyModel;
import java.util.List;

/** The code that builds a catalog's {@link JsonShape} at class initialisation. */
final class BodyShapeCode {

  private BodyShapeCode() {}

  static CodeBlock shape(BodyModel body) {
    if (body instanceof BodyModel.Field field) {
      return CodeBlock.of("$T.field($L)", JsonShape.class, GeneratedFiles.literal(field.field()));
    }
    if (body instanceof BodyModel.Problem problem) {
      CodeBlock.Builder code = CodeBlock.builder()
          .add("$T.problemDetails($L, $L", JsonShape.class, GeneratedFiles.literal(problem.type()), problem.instance());
      for (BodyModel.Member member : problem.extensions()) {
        code.add(",\n$L", member(member));
      }
      return code.add(")").build();
    }
    BodyModel.Record record = (BodyModel.Record) body;
    return CodeBlock.builder().add("$T.record(", JsonShape.class).add(members(record.members())).add(")").build();
  }

  private static CodeBlock members(List<BodyModel.Member> members) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      code.add(i == 0 ? "\n$>$>$L$<$<" : ",\n$>$>$L$<$<", member(members.get(i)));
    }
    return code.build();
  }

  private static CodeBlock member(BodyModel.Member member) {
    String name = GeneratedFiles.literal(member.name());
    if (member instanceof BodyModel.Bound bound) {
      return CodeBlock.of("$T.bound($L, $T.$L)", JsonShape.class, name, CatalogValue.class, bound.value().name());
    }
    if (member instanceof BodyModel.Constant constant) {
      Object value = constant.value();
      if (value instanceof String text) {
        return CodeBlock.of("$T.constant($L, $L)", JsonShape.class, name, GeneratedFiles.literal(text));
      }
      return CodeBlock.of("$T.constant($L, $L)", JsonShape.class, name, value instanceof Long ? value + "L" : value);
    }
    BodyModel.Nested nested = (BodyModel.Nested) member;
    return CodeBlock.builder().add("$T.nested($L", JsonShape.class, name)
        .add(nested.members().isEmpty() ? CodeBlock.of("") : CodeBlock.builder().add(",").add(members(nested.members())).build())
        .add(")").build();
  }
}
