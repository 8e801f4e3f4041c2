package dev.errorcontract.evolution;

/**
 * One difference between two versions of a contract.
 *
 * @param scope where it is: a status row, an error row, or the catalog (its body, attributes, removals)
 * @param oldIndex the row in the old contract's {@code statuses} or {@code errors}, or -1
 * @param newIndex the row in the new contract's, or -1 (removed rows, catalog changes)
 * @param member the declaration member it concerns ({@code detail}, {@code code}, {@code attribute
 *     doc_url}, {@code argument param}, {@code header Retry-After}, {@code body}, ...), so the processor
 *     can point at it
 * @param text what changed, in a sentence, old and new values quoted
 * @param acknowledgement for a breaking change, how the new version accepts it ({@code breaks = "2.0"},
 *     or the deprecation the old version announced), else null
 */
public record Change(
    ChangeKind kind, Scope scope, int oldIndex, int newIndex, String member, String text, String acknowledgement) {

  /** Where a change is declared. */
  public enum Scope {
    CATALOG,
    STATUS,
    ERROR
  }

  /** Whether a client of the old version can misread the new one. */
  public boolean breaking() {
    return kind.breaking();
  }

  /** A breaking change the new version does not acknowledge: the build fails on it. */
  public boolean unacknowledged() {
    return kind.breaking() && acknowledgement == null;
  }

  Change acknowledged(String how) {
    return new Change(kind, scope, oldIndex, newIndex, member, text, how);
  }
}
