package dev.errorcontract.evolution;

/**
 * Every kind of difference between two versions of a contract, with its stable key. A breaking change
 * can make a client that matched on the old contract misread an answer; a compatible one cannot.
 */
public enum ChangeKind {
  // Breaking: rows and statuses.
  ERROR_REMOVED("error-removed", true, "An error row was removed"),
  ERROR_DETAIL_CHANGED("error-detail-changed", true, "An error's detail changed"),
  ERROR_STATUS_CHANGED("error-status-changed", true, "An error answers with another status"),
  ERROR_CODE_CHANGED("error-code-changed", true, "An error's machine code changed"),
  ERROR_CODE_REMOVED("error-code-removed", true, "An error lost its machine code"),
  ERROR_TITLE_CHANGED("error-title-changed", true, "An error's title changed"),
  ERROR_TYPE_CHANGED("error-type-changed", true, "An error's problem type changed"),
  ERROR_ATTRIBUTE_CHANGED("error-attribute-changed", true, "An error's attribute value changed"),
  ERROR_ATTRIBUTE_REMOVED("error-attribute-removed", true, "An error's attribute value is now absent"),
  ERROR_ARGUMENT_ADDED("error-argument-added", true, "A template argument was added"),
  ERROR_ARGUMENT_REMOVED("error-argument-removed", true, "A template argument was removed"),
  ERROR_ARGUMENT_RETYPED("error-argument-retyped", true, "A template argument changed type"),
  CONDITION_ANSWER_CHANGED("condition-answer-changed", true, "A condition is answered by another row"),
  STATUS_REMOVED("status-removed", true, "A status row was removed"),
  STATUS_CODES_REMOVED("status-codes-removed", true, "A status row covers fewer codes"),
  STATUS_TITLE_CHANGED("status-title-changed", true, "A status title changed"),
  STATUS_HEADER_REMOVED("status-header-removed", true, "A status no longer sends a header"),
  STATUS_HEADER_CHANGED("status-header-changed", true, "A status header's value changed"),
  // Breaking: the body.
  MEDIA_TYPE_CHANGED("media-type-changed", true, "The media type changed"),
  INSTANCE_CHANGED("instance-changed", true, "The instance source changed"),
  CATALOG_ATTRIBUTE_REMOVED("catalog-attribute-removed", true, "A catalog attribute was removed"),
  BODY_KIND_CHANGED("body-kind-changed", true, "The body shape changed"),
  BODY_FIELD_CHANGED("body-field-changed", true, "The detail field was renamed"),
  BODY_MEMBER_REMOVED("body-member-removed", true, "A body member was removed or renamed"),
  BODY_MEMBER_CHANGED("body-member-changed", true, "A body member holds something else"),
  BODY_MEMBER_OMISSION_CHANGED("body-member-omission-changed", true, "A body member is omitted differently when absent"),

  // Compatible.
  ERROR_ADDED("error-added", false, "An error row was added"),
  ERROR_CODE_ADDED("error-code-added", false, "An error gained a machine code"),
  ERROR_DESCRIPTION_CHANGED("error-description-changed", false, "An error's description changed"),
  ERROR_ATTRIBUTE_ADDED("error-attribute-added", false, "An error gained an attribute value"),
  ERROR_DEPRECATED("error-deprecated", false, "An error was deprecated"),
  ERROR_UNDEPRECATED("error-undeprecated", false, "An error is no longer deprecated"),
  ERROR_CONSTANT_RENAMED("error-constant-renamed", false, "An error's generated constant was renamed"),
  STATUS_ADDED("status-added", false, "A status row was added"),
  STATUS_CODES_ADDED("status-codes-added", false, "A status row covers more codes"),
  STATUS_DESCRIPTION_CHANGED("status-description-changed", false, "A status description changed"),
  STATUS_HEADER_ADDED("status-header-added", false, "A status sends a new header"),
  STATUS_DEPRECATED("status-deprecated", false, "A status was deprecated"),
  STATUS_UNDEPRECATED("status-undeprecated", false, "A status is no longer deprecated"),
  STATUS_CONSTANT_RENAMED("status-constant-renamed", false, "A status's generated constant was renamed"),
  CATALOG_ATTRIBUTE_ADDED("catalog-attribute-added", false, "A catalog attribute was added"),
  BODY_MEMBER_ADDED("body-member-added", false, "A body member was added"),
  MEDIA_TYPE_PARAMETERS_CHANGED("media-type-parameters-changed", false,
      "The media type's parameters changed, its type and subtype did not (decoders compare only those)"),
  ERROR_ARGUMENT_NARROWED("error-argument-narrowed", false,
      "A template argument's type was narrowed: every value it holds the old type reads alike");

  private final String key;
  private final boolean breaking;
  private final String summary;

  ChangeKind(String key, boolean breaking, String summary) {
    this.key = key;
    this.breaking = breaking;
    this.summary = summary;
  }

  /** The stable key, such as {@code error-detail-changed}. */
  public String key() {
    return key;
  }

  /** Whether a client of the old contract can misread an answer of the new one. */
  public boolean breaking() {
    return breaking;
  }

  /** One line saying what the kind is. */
  public String summary() {
    return summary;
  }
}
