package dev.errorcontract.processor.generate;

import java.util.List;

/**
 * One catalog per body shape, each with the declaration features that shape is for. The golden files
 * fix their generated sources; {@link GeneratedBehaviourTest} runs them.
 */
final class Scenarios {

  private Scenarios() {}

  /** A catalog source, its qualified type name and the generated files it gives. */
  record Scenario(String name, String catalogType, String source, List<String> generated, String... more) {

    /** The qualified names and texts of every source, the catalog's first. */
    String[] sources() {
      String[] all = new String[2 + more.length];
      all[0] = catalogType;
      all[1] = source;
      System.arraycopy(more, 0, all, 2, more.length);
      return all;
    }
  }

  /** A field body with members, a shared attribute, an argument member, text that is hard on Javadoc. */
  static final Scenario FIELD = new Scenario("field", "field.ShopErrors", """
      package field;

      import dev.errorcontract.catalog.*;

      /** The Shop API's published error table. */
      @ErrorCatalog(value = "Shop", attributes = "category")
      @Status(code = 200, title = "OK", description = "The request was successful.")
      @Status(code = 400, title = "Bad Request", description = "The request is invalid {see} below.",
          attributes = @Attribute(name = "category", value = "client"))
      @Status(code = 401, title = "Unauthorized", description = "No valid API key.",
          headers = @Header(name = "WWW-Authenticate", value = "ApiKey realm=\\"shop\\""))
      @Status(code = 404, title = "Not Found", description = "No such resource.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault <sorry> & */ @here.")
      @ApiError(status = 400, detail = "Invalid limit: {limit}", code = "invalid_limit",
          description = "The page limit is over 1000.", args = @Arg(name = "limit", type = int.class))
      @ApiError(status = 400, detail = "Caf\\u00e9 couldn\\u2019t \\"brew\\"",
          description = "Quoted, non-ASCII, {@code x} and } and */ and @param.")
      @ApiError(status = 404, detail = "Order {orderId} of {customer} not found", code = "order_not_found",
          description = "No such order.", stackTrace = StackTraces.ALWAYS,
          attributes = @Attribute(name = "category", value = "lookup"),
          args = {@Arg(name = "customer", type = String.class), @Arg(name = "orderId", type = long.class)})
      @ApiError(status = 404, detail = "No such route.", description = "No resource has this path.",
          answers = Condition.UNKNOWN_PATH)
      @FieldBody(value = "message", members = {
          @Member(name = "category", attribute = "category", omitWhenAbsent = true),
          @Member(name = "order", argument = "orderId"),
          @Member(name = "code", value = CatalogValue.CODE)})
      @SuppressWarnings("error-contract:status-answer-added")
      interface ShopErrors {}
      """, List.of("field/ShopDecoder.java", "field/ShopError.java", "field/ShopException.java", "field/ShopStatus.java"));

  /** Problem details: per-row type and title, the request path as instance, a charset parameter. */
  static final Scenario PROBLEM = new Scenario("problem", "problem.BillingErrors", """
      package problem;

      import dev.errorcontract.catalog.*;

      /** The Billing API's published error table. */
      @ErrorCatalog(value = "Billing", attributes = "balance")
      @Status(code = 400, title = "Bad Request", description = "The request is invalid.")
      @Status(code = 403, title = "Forbidden", description = "Not allowed.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @ApiError(status = 403, detail = "Your current balance is 30, but that costs 50.",
          title = "You do not have enough credit.", type = "https://example.com/probs/out-of-credit",
          code = "out_of_credit", description = "The account cannot pay.", attributes = @Attribute(name = "balance", value = "30"))
      @ApiError(status = 400, detail = "Amount {amount} is not positive", description = "Amounts are above zero.",
          args = @Arg(name = "amount", type = long.class))
      @ProblemBody(type = "https://example.com/probs/general", instance = Instance.REQUEST_PATH,
          mediaType = "application/problem+json; charset=utf-8",
          extensions = {
            @Member(name = "balance", attribute = "balance", omitWhenAbsent = true),
            @Member(name = "amount", argument = "amount", omitWhenAbsent = true)})
      @SuppressWarnings("error-contract:status-answer-added")
      interface BillingErrors {}
      """, List.of("problem/BillingDecoder.java", "problem/BillingError.java", "problem/BillingException.java", "problem/BillingStatus.java"));

  /** A record with a nested object, shared attributes, members left out when absent. */
  static final Scenario RECORD = new Scenario("record", "record.StripeErrors", """
      package record;

      import dev.errorcontract.catalog.*;
      import record.shape.StripeBody;

      /** The Stripe API's published error table. */
      @ErrorCatalog(value = "Stripe", attributes = {"type", "doc_url"})
      @Status(code = 400, title = "Bad Request", description = "Often a missing parameter.",
          attributes = @Attribute(name = "type", value = "invalid_request_error"))
      @Status(code = 402, title = "Request Failed", attributes = @Attribute(name = "type", value = "card_error"),
          suppress = "error-contract:nonstandard-title")
      @Status(code = 404, title = "Not Found")
      @Status(code = 500, title = "Server Errors", attributes = @Attribute(name = "type", value = "api_error"),
          suppress = "error-contract:nonstandard-title")
      @ApiError(status = 400, detail = "Missing parameter: {param}", code = "parameter_missing", description = "A required parameter is missing.",
          args = @Arg(name = "param", type = String.class))
      @ApiError(status = 402, detail = "Your card was declined.", code = "card_declined", description = "The bank said no.",
          attributes = @Attribute(name = "doc_url", value = "https://stripe.com/docs/error-codes/card-declined"))
      @ApiError(status = 404, detail = "No such route.", description = "No resource has this path.",
          answers = Condition.UNKNOWN_PATH)
      @RecordBody(StripeBody.class)
      @SuppressWarnings("error-contract:status-answer-added")
      interface StripeErrors {}
      """, List.of("record/StripeDecoder.java", "record/StripeError.java", "record/StripeException.java", "record/StripeStatus.java"),
      "record.shape.StripeBody", """
      package record.shape;

      import com.fasterxml.jackson.annotation.JsonProperty;

      public record StripeBody(@JsonProperty("error") StripeDetail error) {}
      """,
      "record.shape.StripeDetail", """
      package record.shape;

      import com.fasterxml.jackson.annotation.JsonInclude;
      import dev.errorcontract.catalog.*;

      @JsonInclude(JsonInclude.Include.NON_NULL)
      public record StripeDetail(
          @Bind(attribute = "type") String type,
          @Bind(CatalogValue.CODE) String code,
          @Bind(CatalogValue.DETAIL) String message,
          @Bind(argument = "param") String param,
          @Bind(attribute = "doc_url") String doc_url) {}
      """);

  /** A status row of several codes, bare statuses, a condition answered by a chosen row. */
  static final Scenario MULTI = new Scenario("multi", "multi.GatewayErrors", """
      package multi;

      import dev.errorcontract.catalog.*;

      /** The Gateway API's published error table. */
      @ErrorCatalog("Gateway")
      @Status(code = 400)
      @Status(code = 404)
      @Status(code = {500, 502, 503, 504}, title = "Server Errors",
          description = "Something went wrong on our side.", suppress = "error-contract:nonstandard-title")
      @ApiError(status = 400, detail = "Malformed JSON.", description = "The body is not JSON.",
          answers = Condition.UNREADABLE_BODY)
      @ApiError(status = 502, detail = "The upstream did not answer.", description = "Try again later.")
      @ProblemBody
      @SuppressWarnings({"error-contract:status-answer-added", "error-contract:suppress-unused"})
      interface GatewayErrors {}
      """, List.of("multi/GatewayDecoder.java", "multi/GatewayError.java", "multi/GatewayException.java", "multi/GatewayStatus.java"));

  /**
   * Deprecated rows (issue 17): a deprecated status, whose added answer is deprecated with it, and a
   * deprecated error; compiled like the others with {@code -Xlint:all -Werror}, so the generated types'
   * own uses of their deprecated constants must not warn.
   */
  static final Scenario DEPRECATED = new Scenario("deprecated", "deprecated.LegacyErrors", """
      package deprecated;

      import dev.errorcontract.catalog.*;

      /** The Legacy API's published error table. */
      @ErrorCatalog(value = "Legacy", breaks = "2.0")
      @Status(code = 400, title = "Bad Request")
      @Status(code = 410, title = "Gone", deprecated = "410 is answered as 404 from 3.0 on")
      @Status(code = 404, title = "Not Found")
      @Status(code = 500, title = "Internal Server Error")
      @ApiError(status = 400, detail = "Invalid nonce", code = "invalid_nonce", description = "The nonce is wrong.",
          deprecated = "use INVALID_TOKEN; the nonce goes away in 3.0", breaks = "2.0")
      @ApiError(status = 400, detail = "Invalid token", code = "invalid_token", description = "The token is wrong.")
      @FieldBody("detail")
      @SuppressWarnings({"error-contract:status-answer-added", "error-contract:breaks-without-baseline"})
      interface LegacyErrors {}
      """, List.of("deprecated/LegacyDecoder.java", "deprecated/LegacyError.java", "deprecated/LegacyException.java", "deprecated/LegacyStatus.java"));

  /**
   * A client-only catalog (issue 24): someone else's page, declared to call it, with statuses no row
   * answers (403, the 5XX class). The library adds no answer for them: the enum, the table and the
   * decoder hold the page's two rows only, and the table answers no status or condition.
   */
  static final Scenario CLIENT = new Scenario("client", "client.PaymentsErrors", """
      package client;

      import dev.errorcontract.catalog.*;

      /** The Payments API's published error table, declared to call it. */
      @ErrorCatalog(value = "Payments", clientOnly = true)
      @Status(code = 400, title = "Bad Request", description = "The request is invalid.")
      @Status(code = 402, title = "Request Failed", description = "The parameters were valid but the request failed.",
          suppress = "error-contract:nonstandard-title")
      @Status(code = 403, title = "Forbidden", description = "The API key lacks permissions.")
      @Status(range = "5XX", description = "Something went wrong on the API's end.")
      @ApiError(status = 400, detail = "Missing required param: {param}.", code = "parameter_missing",
          description = "A required parameter is missing.", args = @Arg(name = "param", type = String.class))
      @ApiError(status = 402, detail = "Your card was declined.", code = "card_declined",
          description = "The card was declined.")
      @FieldBody(value = "message", members = {
          @Member(name = "code", value = CatalogValue.CODE),
          @Member(name = "doc_url", constant = "https://example.com/docs/errors", varies = true)})
      interface PaymentsErrors {}
      """, List.of("client/PaymentsDecoder.java", "client/PaymentsError.java", "client/PaymentsException.java",
      "client/PaymentsStatus.java"));

  /**
   * Lists and throw-site values (issue 25): RFC 9457's validation example, its {@code invalid-params}
   * list answering Bean Validation's violations, and Stripe's {@code param}, which the throwing code
   * supplies without it being in the detail.
   */
  static final Scenario LISTS = new Scenario("lists", "lists.ShopErrors", """
      package lists;

      import dev.errorcontract.catalog.*;

      /** The Shop API's published error table, with a validation error listing its violations. */
      @ErrorCatalog("Shop")
      @Status(code = 400, title = "Bad Request", description = "The request is invalid.")
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @ApiError(status = 400, detail = "Your request parameters didn't validate.",
          type = "https://example.net/validation-error", title = "Your request parameters didn't validate.",
          description = "Each invalid parameter is listed.", answers = Condition.INVALID_INPUT)
      @ApiError(status = 400, detail = "Amount {amount} is not positive", description = "Amounts are above zero.",
          args = @Arg(name = "amount", type = long.class))
      @ProblemBody(type = "https://example.net/general", extensions = {
          @Member(name = "param", value = CatalogValue.SUPPLIED, omitWhenAbsent = true),
          @Member(name = "invalid-params", value = CatalogValue.VIOLATIONS, omitWhenAbsent = true, items = {
              @Item(name = "name", value = Item.Value.PATH), @Item(name = "reason", value = Item.Value.MESSAGE)})})
      @SuppressWarnings("error-contract:status-answer-added")
      interface ShopErrors {}
      """, List.of("lists/ShopDecoder.java", "lists/ShopError.java", "lists/ShopException.java", "lists/ShopStatus.java"));

  static final List<Scenario> ALL = List.of(FIELD, PROBLEM, RECORD, MULTI, DEPRECATED, CLIENT, LISTS);
}
