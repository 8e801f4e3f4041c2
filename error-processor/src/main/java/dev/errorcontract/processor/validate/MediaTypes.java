package dev.errorcontract.processor.validate;

import dev.errorcontract.processor.collect.Declarations.Body;
import dev.errorcontract.processor.collect.Declarations.Catalog;
import dev.errorcontract.processor.collect.Declarations.ProblemBody;
import dev.errorcontract.processor.diagnostics.Message;
import dev.errorcontract.processor.diagnostics.Report;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for a body's declared {@code mediaType}: a well-formed Content-Type of the body's kind. */
final class MediaTypes {

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private MediaTypes() {}

  /** Reports a declared media type that is malformed, or not of the body's kind. */
  static void validate(Catalog catalog, Body body, Report report) {
    String mediaType = body.mediaType().get();
    if (mediaType == null || mediaType.isEmpty()) {
      return;
    }
    boolean problem = body instanceof ProblemBody;
    String standard = problem ? "application/problem+json" : "application/json";
    String reason = mediaTypeProblem(mediaType);
    if (reason != null) {
      report.report(Message.MEDIA_TYPE_INVALID, catalog.type(), body.mediaType(), Texts.shown(mediaType), reason,
          standard);
      return;
    }
    String base = mediaType.substring(0, mediaType.indexOf(';') < 0 ? mediaType.length() : mediaType.indexOf(';'))
        .strip().toLowerCase(Locale.ROOT);
    boolean fits = problem
        ? base.equals("application/problem+json")
        : base.equals("application/json") || base.startsWith("application/") && base.endsWith("+json");
    if (!fits) {
      report.report(Message.MEDIA_TYPE_MISMATCH, catalog.type(), body.mediaType(), mediaType,
          problem ? "problem-details" : "JSON", base,
          problem ? "application/problem+json" : "application/json or an application/...+json type", standard);
    }
  }

  /** Why a Content-Type value is malformed (RFC 9110 media-type), or null. */
  static String mediaTypeProblem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' || c >= 0x7f) {
        return String.format("it contains the character U+%04X at index %d; a header value is visible ASCII", (int) c, i);
      }
    }
    String[] parts = value.split(";", -1);
    String[] typeAndSubtype = parts[0].split("/", -1);
    if (typeAndSubtype.length != 2 || !TOKEN.matcher(typeAndSubtype[0]).matches()
        || !TOKEN.matcher(typeAndSubtype[1]).matches()) {
      return "\"" + parts[0] + "\" is not type/subtype";
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals <= 0 || !TOKEN.matcher(parameter.substring(0, equals)).matches() || equals == parameter.length() - 1) {
        return "the parameter \"" + parameter + "\" is not name=value";
      }
      String parameterValue = parameter.substring(equals + 1);
      if (!TOKEN.matcher(parameterValue).matches()
          && !(parameterValue.length() >= 2 && parameterValue.startsWith("\"") && parameterValue.endsWith("\""))) {
        return "the parameter value " + parameterValue + " is neither a token nor a quoted string";
      }
    }
    return null;
  }
}
