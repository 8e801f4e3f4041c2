package dev.errorcontract.evolution;

/**
 * Every kind of difference between two versions of a contract, with its stable key and its verdict by
 * issue 24's one rule: a change is <em>compatible</em> when every answer the new version can send is
 * read by a client of the old version (its generated decoder, and a plain JSON reader of the members the
 * old version documents) as the same error with the same arguments; otherwise it is <em>breaking</em>.
 *
 * <p>So an answer the old version never sent breaks (the old decoder reports it undocumented), while an
 * answer the new version no longer sends does not; headers, descriptions and generated names are not
 * read by a decoder. Where a value reaches the wire only in some bodies (a title in a field body without
 * a title member), the differ reports {@link #UNSENT_VALUE_CHANGED} instead of the value's own kind.
 * error-processor's {@code OldDecoderRuleTest} decodes every answer of each corpus case's new version
 * with the old version's decoder and checks each verdict here against it.
 */
public enum ChangeKind {
  // Breaking: an answer is sent that the old client does not read as the same error.
  ERROR_ADDED("error-added", true, "An error row was added: its answers are undocumented to the old decoder"),
  ERROR_DETAIL_CHANGED("error-detail-changed", true, "An error's detail changed"),
  ERROR_STATUS_CHANGED("error-status-changed", true, "An error answers with another status"),
  ERROR_CODE_CHANGED("error-code-changed", true, "An error's machine code, which the body carries, changed"),
  ERROR_CODE_REMOVED("error-code-removed", true, "An error lost the machine code the body carries"),
  ERROR_CODE_ADDED("error-code-added", true, "An error gained a machine code, which the body carries"),
  ERROR_TITLE_CHANGED("error-title-changed", true, "An error's title, which the body carries, changed"),
  ERROR_TYPE_CHANGED("error-type-changed", true, "An error's problem type, which the body carries, changed"),
  ERROR_ATTRIBUTE_CHANGED("error-attribute-changed", true, "An error's attribute value, which the body carries, changed"),
  ERROR_ATTRIBUTE_REMOVED("error-attribute-removed", true, "An error's attribute value, which the body carries, is now absent"),
  ERROR_ATTRIBUTE_ADDED("error-attribute-added", true, "An error gained an attribute value, which the body carries"),
  ERROR_ARGUMENT_ADDED("error-argument-added", true, "A template argument was added"),
  ERROR_ARGUMENT_REMOVED("error-argument-removed", true, "A template argument was removed"),
  ERROR_ARGUMENT_RETYPED("error-argument-retyped", true, "A template argument changed type"),
  STATUS_ADDED("status-added", true, "A status row was added for a code no row covered"),
  STATUS_CODES_ADDED("status-codes-added", true, "A status row covers more codes"),
  CARRIED_DESCRIPTION_CHANGED("carried-description-changed", true,
      "An error's or a status's description changed, and a body member carries descriptions"),
  STATUS_TITLE_CHANGED("status-title-changed", true, "A status title, which its answers carry, changed"),
  MEDIA_TYPE_CHANGED("media-type-changed", true, "The media type changed"),
  INSTANCE_CHANGED("instance-changed", true, "The instance source, which the body carries, changed"),
  BODY_KIND_CHANGED("body-kind-changed", true, "The body shape changed"),
  BODY_FIELD_CHANGED("body-field-changed", true, "The detail field was renamed"),
  BODY_MEMBER_REMOVED("body-member-removed", true, "A body member some answer wrote was removed or renamed"),
  BODY_MEMBER_CHANGED("body-member-changed", true, "A body member holds something else"),
  BODY_MEMBER_OMISSION_CHANGED("body-member-omission-changed", true, "A body member is omitted differently when absent"),

  // Compatible: every answer the new version sends reads as the same error.
  ERROR_REMOVED("error-removed", false, "An error row was removed: the new version sends fewer answers"),
  ERROR_ANSWER_MOVED("error-answer-moved", false,
      "An error row was added whose every answer the old version sent already, from another row"),
  ERROR_DESCRIPTION_CHANGED("error-description-changed", false,
      "An error's description changed; no body member carries descriptions"),
  ERROR_DEPRECATED("error-deprecated", false, "An error was deprecated"),
  ERROR_UNDEPRECATED("error-undeprecated", false, "An error is no longer deprecated"),
  ERROR_CONSTANT_RENAMED("error-constant-renamed", false, "An error's generated constant was renamed"),
  ERROR_ARGUMENT_NARROWED("error-argument-narrowed", false,
      "A template argument's type was narrowed: every value it holds the old type reads alike"),
  ERROR_ARGUMENT_RENAMED("error-argument-renamed", false,
      "A template argument was renamed where no body member names it: the detail reads alike"),
  CONDITION_ANSWER_CHANGED("condition-answer-changed", false,
      "A condition is answered by another row, one the old version documents"),
  STATUS_REMOVED("status-removed", false, "A status row was removed: the new version sends fewer answers"),
  STATUS_CODES_REMOVED("status-codes-removed", false, "A status row covers fewer codes"),
  STATUS_CODES_MOVED("status-codes-moved", false, "A status row was added for codes an old row covered"),
  STATUS_DESCRIPTION_CHANGED("status-description-changed", false,
      "A status description changed; no body member carries descriptions"),
  STATUS_HEADER_ADDED("status-header-added", false, "A status sends a new header"),
  STATUS_HEADER_REMOVED("status-header-removed", false, "A status no longer sends a header"),
  STATUS_HEADER_CHANGED("status-header-changed", false, "A status header's value changed"),
  STATUS_DEPRECATED("status-deprecated", false, "A status was deprecated"),
  STATUS_UNDEPRECATED("status-undeprecated", false, "A status is no longer deprecated"),
  STATUS_CONSTANT_RENAMED("status-constant-renamed", false, "A status's generated constant was renamed"),
  CATALOG_ATTRIBUTE_ADDED("catalog-attribute-added", false, "A catalog attribute was added"),
  CATALOG_ATTRIBUTE_REMOVED("catalog-attribute-removed", false, "A catalog attribute was removed"),
  BODY_MEMBER_ADDED("body-member-added", false, "A body member was added"),
  INSTANCE_ADDED("instance-added", false,
      "A problem body now carries an instance, a member its old decoder and JSON readers pass over"),
  MEDIA_TYPE_PARAMETERS_CHANGED("media-type-parameters-changed", false,
      "The media type's parameters changed, its type and subtype did not (decoders compare only those)"),
  UNSENT_VALUE_CHANGED("unsent-value-changed", false,
      "A value no answer carries changed: a title, code, type, attribute or instance the body does not"
          + " send, or a member no answer wrote");

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

  /**
   * Whether the new version can send an answer that a client of the old one does not read as the same
   * error with the same arguments.
   */
  public boolean breaking() {
    return breaking;
  }

  /** One line saying what the kind is. */
  public String summary() {
    return summary;
  }
}
