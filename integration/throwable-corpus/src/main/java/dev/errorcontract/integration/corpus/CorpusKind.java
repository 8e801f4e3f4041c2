package dev.errorcontract.integration.corpus;

/** What a corpus case throws; each kind is as likely as the others. */
public enum CorpusKind {
  /** A JDK runtime exception, the secret in its message. */
  RUNTIME,
  /** A checked exception, thrown without being declared (as Lombok's or Kotlin's code does). */
  CHECKED,
  /** An {@code Error}: assertion, linkage, stack overflow, out of memory (constructed, not real). */
  ERROR,
  /** A runtime exception without a message. */
  NULL_MESSAGE,
  /** A message of 64 KB to 256 KB, the secret in its middle. */
  HUGE_MESSAGE,
  /** A chain of 20 to 200 causes, the secret at the bottom. */
  DEEP_CAUSES,
  /** An exception with a cause and suppressed exceptions, each holding the secret. */
  SUPPRESSED,
  /** A catalog exception wrapped in a {@code CompletionException}, as an async layer does. */
  WRAPPED_CATALOG,
  /** A {@code WebApplicationException} with a status and no entity, the secret in its message. */
  WEB_NO_ENTITY,
  /** A {@code WebApplicationException} whose response holds the secret as a {@code text/plain} entity. */
  WEB_WITH_ENTITY,
  /** A constant catalog exception with a cause holding the secret. */
  CATALOG
}
