package dev.errorcontract.processor.model;

import dev.errorcontract.catalog.CatalogValue;
import java.util.List;

/** The JSON shape of a catalog's error bodies. */
public sealed interface BodyModel {

  /** {@code {"<field>":"<detail>"}}. */
  record Field(String field) implements BodyModel {}

  /** RFC 9457 problem details. */
  record Problem(String type, boolean instance, List<Member> extensions) implements BodyModel {}

  /** A user-declared record shape. */
  record Record(String recordName, List<Member> members) implements BodyModel {}

  /** A JSON member: bound to a catalog value, a constant, or a nested object. */
  sealed interface Member {
    String name();
  }

  /** A member holding a catalog value. */
  record Bound(String name, CatalogValue value) implements Member {}

  /** A member holding a constant: a String, Long or Boolean. */
  record Constant(String name, Object value) implements Member {}

  /** A member holding a nested object. */
  record Nested(String name, List<Member> members) implements Member {}
}
