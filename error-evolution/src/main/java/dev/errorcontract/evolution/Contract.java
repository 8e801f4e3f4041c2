package dev.errorcontract.evolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of an error contract, as its {@code .catalog.json} describes it: only what a client can
 * observe or what the classification needs. Read with {@link #parse}.
 *
 * @param format the document's format: 2 (no deprecation, no acknowledgements) or 3
 * @param breaks the catalog's acknowledgement of breaking changes outside any row, or null
 */
public record Contract(
    int format,
    String name,
    String mediaType,
    String instance,
    List<String> attributes,
    Body body,
    List<StatusRow> statuses,
    List<ErrorRow> errors,
    Map<String, String> conditions,
    String breaks) {

  /** The oldest format whose documents carry everything the comparison reads. */
  public static final int OLDEST_FORMAT = 2;
  /** The newest format this reader knows; the processor writes it. */
  public static final int NEWEST_FORMAT = 3;

  /**
   * The body shape: its kind ({@code field}, {@code problem}, {@code record}), the field a field body
   * puts the detail in (else null), and every member by its JSON path ({@code error.message}).
   */
  public record Body(String kind, String field, Map<String, Member> members) {}

  /**
   * A body member: what it holds ({@code DETAIL}, {@code attribute doc_url}, {@code constant "x"},
   * ...) and whether it is left out when absent.
   */
  public record Member(String holds, boolean omitWhenAbsent) {}

  /** A row of the status table. */
  public record StatusRow(
      int index,
      String codeCell,
      List<Integer> codes,
      String title,
      String description,
      String constant,
      Map<String, String> headers,
      String deprecated,
      String breaks) {

    /** How the changelog names the row. */
    public String label() {
      return "status " + codeCell + " (" + title + ")";
    }
  }

  /**
   * An error the server may answer with.
   *
   * @param args the template arguments' Java types (with their JSON kind), by name
   */
  public record ErrorRow(
      int index,
      int status,
      String statusRow,
      String detail,
      String title,
      String type,
      String description,
      String code,
      Map<String, String> attributes,
      Map<String, String> args,
      String constant,
      boolean addedByLibrary,
      String deprecated,
      String breaks) {

    /** How the changelog names the row. */
    public String label() {
      return "error " + status + " \"" + detail + "\"";
    }
  }

  /** Reads a {@code .catalog.json} document; {@code source} names it in messages. */
  public static Contract parse(String text, String source) throws BadContract {
    Object root;
    try {
      root = JsonReader.read(text);
    } catch (JsonReader.MalformedJson e) {
      throw new BadContract(source + " is not JSON: " + e.getMessage());
    }
    Fields doc = Fields.of(root, source, "the document");
    long format = doc.number("format");
    if (format < OLDEST_FORMAT) {
      throw new BadContract(source + " has format " + format + "; only formats " + OLDEST_FORMAT + " to "
          + NEWEST_FORMAT + " carry what a comparison needs. Rebuild the baseline with this error-contract"
          + " version and check in the new .catalog.json");
    }
    if (format > NEWEST_FORMAT) {
      throw new BadContract(source + " has format " + format + ", newer than this reader knows (" + NEWEST_FORMAT
          + "). Compare it with the error-contract version that wrote it");
    }
    List<StatusRow> statuses = new ArrayList<>();
    List<Object> statusList = doc.list("statuses");
    for (int i = 0; i < statusList.size(); i++) {
      Fields s = Fields.of(statusList.get(i), source, "statuses[" + i + "]");
      List<Integer> codes = new ArrayList<>();
      for (Object code : s.list("codes")) {
        if (!(code instanceof Long number)) {
          throw new BadContract(source + ": statuses[" + i + "].codes holds " + code + ", not a number");
        }
        codes.add(number.intValue());
      }
      Map<String, String> headers = new LinkedHashMap<>();
      List<Object> headerList = s.list("headers");
      for (int h = 0; h < headerList.size(); h++) {
        Fields header = Fields.of(headerList.get(h), source, "statuses[" + i + "].headers[" + h + "]");
        headers.merge(header.text("name"), header.text("value"), (a, b) -> a + ", " + b);
      }
      String range = s.optionalText("range");
      statuses.add(new StatusRow(i, range != null ? range : cell(codes), List.copyOf(codes), s.text("title"),
          s.text("description"), s.text("constant"), headers, s.optionalText("deprecated"),
          s.optionalText("breaks")));
    }
    List<ErrorRow> errors = new ArrayList<>();
    List<Object> errorList = doc.list("errors");
    for (int i = 0; i < errorList.size(); i++) {
      Fields e = Fields.of(errorList.get(i), source, "errors[" + i + "]");
      Map<String, String> args = new LinkedHashMap<>();
      List<Object> argList = e.list("args");
      for (int a = 0; a < argList.size(); a++) {
        Fields arg = Fields.of(argList.get(a), source, "errors[" + i + "].args[" + a + "]");
        args.put(arg.text("name"), arg.text("type") + " (JSON " + arg.text("json").toLowerCase(java.util.Locale.ROOT) + ")");
      }
      errors.add(new ErrorRow(i, (int) e.number("status"), e.text("statusRow"), e.text("detail"), e.text("title"),
          e.optionalText("type"), e.text("description"), e.optionalText("code"), e.texts("attributes"), args,
          e.text("constant"), e.bool("addedByLibrary"), e.optionalText("deprecated"), e.optionalText("breaks")));
    }
    List<String> attributes = new ArrayList<>();
    for (Object attribute : doc.list("attributes")) {
      attributes.add(String.valueOf(attribute));
    }
    return new Contract((int) format, doc.text("name"), doc.text("mediaType"), doc.text("instance"),
        List.copyOf(attributes), body(doc.object("body"), source), List.copyOf(statuses), List.copyOf(errors),
        doc.texts("conditions"), doc.optionalText("breaks"));
  }

  private static Body body(Fields body, String source) throws BadContract {
    String kind = body.text("kind");
    Map<String, Member> members = new LinkedHashMap<>();
    String list = kind.equals("problem") ? "extensions" : "members";
    members(body.list(list), "", source, "body." + list, members);
    return new Body(kind, kind.equals("field") ? body.text("field") : null, members);
  }

  private static void members(List<Object> list, String prefix, String source, String where, Map<String, Member> out)
      throws BadContract {
    for (int m = 0; m < list.size(); m++) {
      Fields member = Fields.of(list.get(m), source, where + "[" + m + "]");
      String path = prefix + member.text("name");
      if (member.has("members") && !member.has("value")) {
        members(member.list("members"), path + ".", source, where + "[" + m + "].members", out);
        continue;
      }
      String holds;
      if (member.has("attribute")) {
        holds = "attribute " + member.text("attribute");
      } else if (member.has("argument")) {
        holds = "argument " + member.text("argument");
      } else if ("CONSTANT".equals(member.optionalText("value"))) {
        holds = "constant \"" + member.text("constant") + "\"";
      } else {
        holds = member.text("value");
      }
      out.put(path, new Member(holds, member.has("omitWhenAbsent") && member.bool("omitWhenAbsent")));
    }
  }

  private static String cell(List<Integer> codes) {
    StringBuilder cell = new StringBuilder();
    for (int code : codes) {
      cell.append(cell.length() == 0 ? "" : ", ").append(code);
    }
    return cell.toString();
  }

  /** Typed access to an object's members, failing with the member's path. */
  private record Fields(Map<?, ?> members, String source, String where) {

    static Fields of(Object value, String source, String where) throws BadContract {
      if (!(value instanceof Map<?, ?> map)) {
        throw new BadContract(source + ": " + where + " is not a JSON object");
      }
      return new Fields(map, source, where);
    }

    boolean has(String name) {
      return members.containsKey(name);
    }

    private Object get(String name) throws BadContract {
      if (!members.containsKey(name)) {
        throw new BadContract(source + ": " + where + " has no member \"" + name + "\"");
      }
      return members.get(name);
    }

    private BadContract wrong(String name, String expected) {
      return new BadContract(source + ": " + where + "." + name + " is not " + expected);
    }

    String text(String name) throws BadContract {
      Object value = get(name);
      if (value instanceof String s) {
        return s;
      }
      throw wrong(name, "a string");
    }

    String optionalText(String name) throws BadContract {
      Object value = members.get(name);
      if (value == null || value instanceof String) {
        return (String) value;
      }
      throw wrong(name, "a string or null");
    }

    long number(String name) throws BadContract {
      if (get(name) instanceof Long number) {
        return number;
      }
      throw wrong(name, "an integer");
    }

    boolean bool(String name) throws BadContract {
      if (get(name) instanceof Boolean b) {
        return b;
      }
      throw wrong(name, "true or false");
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String name) throws BadContract {
      if (get(name) instanceof List<?> list) {
        return (List<Object>) list;
      }
      throw wrong(name, "an array");
    }

    Fields object(String name) throws BadContract {
      return of(get(name), source, where.equals("the document") ? name : where + "." + name);
    }

    /** An object of strings (null values kept as null), in order. */
    Map<String, String> texts(String name) throws BadContract {
      Fields object = object(name);
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : object.members.entrySet()) {
        Object value = entry.getValue();
        if (value != null && !(value instanceof String)) {
          throw wrong(name + "." + entry.getKey(), "a string");
        }
        out.put((String) entry.getKey(), (String) value);
      }
      return out;
    }
  }
}
