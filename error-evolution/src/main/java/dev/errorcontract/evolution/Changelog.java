package dev.errorcontract.evolution;

import java.util.List;

/** Renders the changes between two versions of a contract as Markdown, for release notes. */
public final class Changelog {

  private Changelog() {}

  /** The changelog: a summary line, then the breaking and the compatible changes, each as a table. */
  public static String markdown(Contract before, Contract after, List<Change> changes) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(after.name()).append(" error contract: changes\n\n");
    long breaking = changes.stream().filter(Change::breaking).count();
    long acknowledged = changes.stream().filter(c -> c.breaking() && !c.unacknowledged()).count();
    if (changes.isEmpty()) {
      return out.append("No change: a client of the old contract reads every answer of the new one alike.\n").toString();
    }
    out.append(count(breaking, "breaking change"));
    if (breaking > 0) {
      out.append(" (").append(acknowledged).append(" acknowledged)");
    }
    out.append(", ").append(count(changes.size() - breaking, "compatible change")).append(".\n");
    if (!before.name().equals(after.name())) {
      out.append("\nThe catalog was renamed from ").append(before.name()).append(".\n");
    }
    section(out, "Breaking changes", changes.stream().filter(Change::breaking).toList(), true);
    section(out, "Compatible changes", changes.stream().filter(c -> !c.breaking()).toList(), false);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<Change> changes, boolean breaking) {
    if (changes.isEmpty()) {
      return;
    }
    out.append("\n## ").append(title).append("\n\n");
    out.append(breaking ? "| Key | Change | Acknowledged |\n|---|---|---|\n" : "| Key | Change |\n|---|---|\n");
    for (Change change : changes) {
      out.append("| `").append(change.kind().key()).append("` | ").append(cell(change.text()));
      if (breaking) {
        out.append(" | ").append(change.acknowledgement() == null ? "no" : cell(change.acknowledgement()));
      }
      out.append(" |\n");
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A table cell: pipes escaped, line breaks as {@code <br>}, so a detail cannot break the table. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
  }
}
