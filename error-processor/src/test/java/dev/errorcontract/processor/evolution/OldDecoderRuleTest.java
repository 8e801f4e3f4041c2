package dev.errorcontract.processor.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import dev.errorcontract.evolution.Change;
import dev.errorcontract.evolution.ChangeKind;
import dev.errorcontract.evolution.Contract;
import dev.errorcontract.evolution.Differ;
import dev.errorcontract.processor.evolution.EvolutionCorpus.Case;
import dev.errorcontract.processor.evolution.EvolutionCorpus.Edit;
import dev.errorcontract.processor.evolution.EvolutionCorpus.Outcome;
import dev.errorcontract.processor.generate.Compiled;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 24's one rule for compatibility, checked on every case of the evolution corpus: a change is
 * compatible when every answer the new version can send is read by a client of the old version as the
 * same error with the same arguments; otherwise it is breaking. A client of the old version is two
 * readers here: the old version's generated decoder (same status, detail and arguments) and a plain JSON
 * reader (Jackson), which must find every member the old version documents for that error with the same
 * value. Each case's new version is compiled and every answer it can send (every exception, every code
 * an added answer's row covers, arguments at the extremes of their types) goes through both; the
 * verdict that gives must be the differ's verdict for the case, whose key the differ must report.
 *
 * <p>There is no list of exceptions: a change kind whose verdict departs from the rule fails this test,
 * and so does a kind without a case.
 */
class OldDecoderRuleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What the server's glue passes as the instance when the catalog's source is the request path. */
  private static final String REQUEST_PATH = "/orders/7";

  @Test
  void everyKindsVerdictIsTheOldDecodersVerdict() throws Exception {
    Map<String, String> disagreements = new TreeMap<>();
    List<String> table = new ArrayList<>();
    List<Case> cases = EvolutionCorpus.cases();
    for (int i = 0; i < cases.size(); i++) {
      Case change = cases.get(i);
      String name = "#" + i + " " + change; // several cases may share a key and an outcome
      List<String> misread = misread(change);
      List<Change> changes = differ(change);
      boolean breakingByRule = !misread.isEmpty();
      boolean breakingByDiffer = changes.stream().anyMatch(Change::breaking);
      Set<String> keys = changes.stream().map(c -> c.kind().key()).collect(Collectors.toCollection(TreeSet::new));
      table.add(name + ": rule " + (breakingByRule ? "breaking" : "compatible") + ", differ " + keys
          + (misread.isEmpty() ? "" : "; first misread: " + misread.get(0)));
      if (breakingByRule != breakingByDiffer) {
        disagreements.put(name, "the rule says " + (breakingByRule ? "breaking " + misread
            : "compatible") + ", the differ reports " + changes.stream().map(c -> c.kind().key() + "="
            + (c.breaking() ? "breaking" : "compatible")).toList());
      }
      if (!keys.contains(change.key())) {
        disagreements.put(name + " key", "the differ does not report " + change.key() + " but " + keys);
      }
      if (breakingByRule != (change.outcome() != Outcome.COMPATIBLE)) {
        disagreements.put(name + " outcome", "the corpus says " + change.outcome());
      }
    }
    table.forEach(System.out::println);
    assertEquals(Map.of(), disagreements, () -> String.join("\n", table));
  }

  @Test
  void everyKindHasACaseWhoseVerdictIsTheKinds() {
    // A case keyed by a kind decides that kind's verdict: a compatible kind's case changes nothing
    // breaking beside it, and a breaking kind's case breaks.
    Set<String> covered = new TreeSet<>();
    for (Case change : EvolutionCorpus.cases()) {
      ChangeKind kind = Arrays.stream(ChangeKind.values()).filter(k -> k.key().equals(change.key())).findFirst()
          .orElseThrow(() -> new AssertionError("no change kind " + change.key()));
      assertEquals(kind.breaking(), change.outcome() != Outcome.COMPATIBLE, change::toString);
      covered.add(kind.key());
    }
    Set<String> kinds = Arrays.stream(ChangeKind.values()).map(ChangeKind::key)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(kinds, covered, "every change kind needs a case in EvolutionCorpus");
  }

  @Test
  void theRuleSeesAChangedDetailAndNothingInAnUnchangedCatalog() throws Exception {
    // The two readers can fail: the same catalog reads alike, a reworded detail is undocumented.
    Case same = new Case("none", Outcome.COMPATIBLE, EvolutionCorpus.SHOP, List.of(), List.of(), "");
    assertEquals(List.of(), misread(same));
    Case reworded = new Case("error-detail-changed", Outcome.BREAKING, EvolutionCorpus.SHOP, List.of(),
        List.of(new Edit("\"Invalid nonce\"", "\"Nonce invalid\"")), "");
    List<String> misread = misread(reworded);
    assertEquals(1, misread.size(), misread::toString);
    assertTrue(misread.get(0).startsWith("400 {\"detail\":\"Nonce invalid\",\"code\":\"invalid_nonce\","
        + "\"type\":\"invalid\"}: UndocumentedAnswerException"), misread::toString);
    // A member the old version writes null, now left out: the decoder may take it, the JSON reader sees it gone.
    Case omitted = new Case("body-member-omission-changed", Outcome.BREAKING, EvolutionCorpus.SHOP, List.of(),
        List.of(new Edit("@Member(name = \"code\", value = CatalogValue.CODE)",
            "@Member(name = \"code\", value = CatalogValue.CODE, omitWhenAbsent = true)")), "");
    assertFalse(misread(omitted).isEmpty());
  }

  /** The differ's changes from the case's old to its new version, as the two releases' contracts give them. */
  private static List<Change> differ(Case change) throws Exception {
    Contract before = Contract.parse(
        new String(Contracts.released(change.oldSource()), StandardCharsets.UTF_8), "old.catalog.json");
    Contract after = Contract.parse(
        new String(Contracts.released(change.newSource()), StandardCharsets.UTF_8), "new.catalog.json");
    return Differ.compare(before, after);
  }

  /**
   * Every answer of the case's new version that a client of its old version misreads, each with how:
   * empty when the change is compatible by the rule.
   */
  private static List<String> misread(Case change) throws Exception {
    Loaded old = Loaded.of(Contracts.withoutBaseline(change.oldSource()));
    Loaded now = Loaded.of(Contracts.withoutBaseline(change.newSource()));
    // The same request to either version: each one's glue gives the instance its own source names.
    String oldInstance = instance(change.oldSource());
    String instance = instance(change.newSource());
    ErrorDecoder decoder = (ErrorDecoder) old.load("shop.ShopDecoder").getMethod("decoder").invoke(null);
    List<String> misread = new ArrayList<>();
    for (CatalogException sent : now.everyAnswer()) {
      byte[] body = sent.body(instance).toByteArray();
      String answer = sent.status() + " " + new String(body, StandardCharsets.UTF_8);
      RuntimeException read = decoder.exceptionFor(sent.status(), sent.mediaType(), body, body.length);
      if (!(read instanceof CatalogException decoded)) {
        misread.add(answer + ": " + read.getClass().getSimpleName()
            + (read instanceof UndocumentedAnswerException ? "" : " " + read.getMessage()));
        continue;
      }
      if (decoded.status() != sent.status() || !decoded.detail().equals(sent.detail())) {
        misread.add(answer + ": read as " + decoded.status() + " " + decoded.detail());
        continue;
      }
      if (!arguments(decoded).equals(arguments(sent))) {
        misread.add(answer + ": arguments read as " + arguments(decoded) + ", sent " + arguments(sent));
        continue;
      }
      // The plain JSON reader: every member the old version documents for this error, with its value.
      JsonNode documented = JSON.readTree(decoded.body(oldInstance).toByteArray());
      JsonNode got = JSON.readTree(body);
      String member = differingMember(documented, got, "");
      if (member != null) {
        misread.add(answer + ": member " + member + " is not " + documented.at(member) + " as documented");
      }
    }
    return misread;
  }

  /** The instance a version's glue passes for the request {@link #REQUEST_PATH}: by its catalog's source. */
  private static String instance(String source) throws java.io.IOException {
    String from = JSON.readTree(Contracts.released(source)).get("instance").asText();
    return from.equals("REQUEST_PATH") ? REQUEST_PATH : null;
  }

  /** The JSON pointer of the first member of {@code documented} that {@code got} lacks or holds otherwise. */
  private static String differingMember(JsonNode documented, JsonNode got, String at) {
    if (!documented.isObject()) {
      return documented.equals(got) ? null : at.isEmpty() ? "/" : at;
    }
    if (!got.isObject()) {
      return at.isEmpty() ? "/" : at;
    }
    for (Map.Entry<String, JsonNode> member : documented.properties()) {
      String path = at + "/" + member.getKey();
      if (!got.has(member.getKey())) {
        return path;
      }
      String differs = differingMember(member.getValue(), got.get(member.getKey()), path);
      if (differs != null) {
        return differs;
      }
    }
    return null;
  }

  /** An exception's template arguments in placeholder order, as text: the accessors its row names. */
  private static List<String> arguments(CatalogException exception) throws ReflectiveOperationException {
    List<String> values = new ArrayList<>();
    for (String name : exception.error().arguments()) {
      values.add(String.valueOf(exception.getClass().getMethod(name).invoke(exception)));
    }
    return values;
  }

  /** A compiled version of the corpus catalog, its classes loaded. */
  private static final class Loaded {

    private final Compiled compiled;

    private Loaded(Compiled compiled) {
      this.compiled = compiled;
    }

    static Loaded of(String source) {
      return new Loaded(Compiled.of(Contracts.compile(source, null)));
    }

    Class<?> load(String name) {
      return compiled.load(name);
    }

    /** Every answer the version can send: each exception, with each code its row covers, extreme arguments. */
    List<CatalogException> everyAnswer() throws ReflectiveOperationException {
      List<CatalogException> all = new ArrayList<>();
      for (Class<?> type : load("shop.ShopException").getPermittedSubclasses()) {
        for (Constructor<?> c : type.getConstructors()) {
          Class<?>[] parameters = c.getParameterTypes();
          if (List.of(parameters).contains(Throwable.class)) {
            continue;
          }
          Object[] values = new Object[parameters.length];
          for (int i = 0; i < values.length; i++) {
            // The extremes of each type: a retyped argument shows whether the old type holds them all.
            values[i] = parameters[i] == int.class ? Integer.MIN_VALUE : parameters[i] == long.class ? Long.MAX_VALUE
                : parameters[i] == short.class ? Short.MIN_VALUE : parameters[i] == byte.class ? Byte.MIN_VALUE
                : "x \u00e9\uD83D\uDE00";
          }
          if (parameters.length == 1 && parameters[0] == int.class && isStatusConstructor(type)) {
            CatalogException probe = (CatalogException) c.newInstance(500);
            for (int code : probe.error().status().codes()) {
              all.add((CatalogException) c.newInstance(code));
            }
          } else {
            all.add((CatalogException) c.newInstance(values));
          }
        }
      }
      return all;
    }

    /** Whether the exception's one-int constructor takes the code (an added answer of a row of several codes). */
    private static boolean isStatusConstructor(Class<?> type) throws ReflectiveOperationException {
      for (Constructor<?> c : type.getConstructors()) {
        if (c.getParameterCount() == 0) {
          CatalogException plain = (CatalogException) c.newInstance();
          return plain.error().addedByLibrary() && plain.error().status().codes().size() > 1;
        }
      }
      return false;
    }
  }
}
