package dev.errorcontract.processor.derive;

import dev.errorcontract.catalog.CatalogValue;
import dev.errorcontract.catalog.Instance;
import java.util.List;

/**
 * The JSON shape of a catalog's error bodies, with its media type (default filled in, parameters kept
 * byte for byte) and the source of the {@code instance}.
 */
public sealed interface BodyModel {

  /** The {@code Content-Type} sent, exactly as declared, or the shape's standard one. */
  String mediaType();

  /** Where an {@code instance} comes from; {@link Instance#NONE} when bodies have none. */
  Instance instance();

  /** {@code {"<field>":"<detail>", <members>...}}. */
  record Field(String field, List<Member> members, String mediaType, Instance instance)
      implements BodyModel {}

  /**
   * RFC 9457 problem details: {@code type} and {@code title} per row ({@link ErrorModel#type()},
   * {@link ErrorModel#title()}), {@code status}, {@code detail}, {@code instance} unless {@link
   * Instance#NONE} (left out when absent), then the extensions.
   */
  record Problem(List<Member> extensions, String mediaType, Instance instance) implements BodyModel {}

  /** A user-declared record shape. */
  record Record(String recordName, List<Member> members, String mediaType, Instance instance)
      implements BodyModel {}

  /** A JSON member and where its value comes from. */
  sealed interface Member {
    String name();
  }

  /**
   * A member holding a catalog value ({@link CatalogValue#CONSTANT} excluded). {@code omitWhenAbsent}:
   * left out, rather than written {@code null}, where the value is absent (a missing code, an instance
   * not given); values that are never absent ignore it.
   */
  record Bound(String name, CatalogValue value, boolean omitWhenAbsent, boolean varies) implements Member {
    /** A member that does not vary. */
    public Bound(String name, CatalogValue value, boolean omitWhenAbsent) {
      this(name, value, omitWhenAbsent, false);
    }
  }

  /**
   * A member holding a constant: a String, Long or Boolean. {@code varies}: a decoder takes any value of
   * its JSON kind ({@code @Member(varies = true)}).
   */
  record Constant(String name, Object value, boolean varies) implements Member {
    /** A constant that does not vary. */
    public Constant(String name, Object value) {
      this(name, value, false);
    }
  }

  /** A member holding a row attribute; absent for rows (and their status) that give none. */
  record AttributeValue(String name, String attribute, boolean omitWhenAbsent, boolean varies) implements Member {
    /** A member that does not vary. */
    public AttributeValue(String name, String attribute, boolean omitWhenAbsent) {
      this(name, attribute, omitWhenAbsent, false);
    }
  }

  /**
   * A member holding a template argument, written in its {@link ErrorModel.ArgModel#json() JSON kind};
   * absent for rows whose template has no such argument.
   */
  record ArgumentValue(String name, String argument, boolean omitWhenAbsent) implements Member {}

  /**
   * A member holding a string the throwing code supplies ({@link CatalogValue#SUPPLIED}), kept under
   * {@code key} (the member's name in lower camel case), which names the exception's {@code with} method
   * and accessor; absent where none is supplied.
   */
  record Supplied(String name, String key, boolean omitWhenAbsent) implements Member {}

  /**
   * A member holding a list of violations ({@link CatalogValue#VIOLATIONS}), each item an object of
   * {@code items} in order; kept under {@code key} like {@link Supplied}.
   */
  record Violations(String name, String key, List<ItemModel> items, boolean omitWhenAbsent) implements Member {}

  /** One member of a list's items: its name, and whether it holds the violation's path (else its message). */
  record ItemModel(String name, boolean path) {}

  /** A member holding a nested object. */
  record Nested(String name, List<Member> members) implements Member {}
}
