package dev.errorcontract.processor.docs;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * The example catalogs the documentation is tested on. Passport and Signzy carry every row of the
 * published pages (the seeds of the project) verbatim, Signzy's mis-encoded apostrophe read as the
 * intended U+2019; the test resources {@code passport-errors.md} and {@code signzy-errors.md} are this
 * project's own copies of those pages.
 */
final class Catalogs {

  private Catalogs() {}

  static final String PASSPORT = """
      package com.example.passport;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog("Passport")
      @Status(code = 200, title = "OK", description = "The request was successful.")
      @Status(code = 400, title = "Bad request", description = "Bad request",
          suppress = "error-contract:status-answer-added")
      @Status(code = 401, title = "Unauthorized", description = "Your API key is invalid.")
      @Status(code = 404, title = "Not found", description = "The resource does not exist.")
      @Status(code = 429, title = "Too Many Requests", description = "The rate limit was exceeded.")
      @Status(code = 500, title = "Internal Server Error", description = "An error occurred with our API.")
      @ApiError(status = 400, detail = "Invalid nonce",
                  description = "The `nonce` used in the submit Passport API request could not be verified")
      @ApiError(status = 400, detail = "Address does not match signature",
                  description = "The signer could not be verified")
      @ApiError(status = 400, detail = "Invalid limit",
                  description = "The page limit of the Passport API request is greater than 1000")
      @ApiError(status = 400, detail = "Unable to get score for provided Scorer ID",
                  description = "Unable to validate that the Scorer ID belongs to the account holding the API key")
      @ApiError(status = 401, detail = "Unauthorized",
                  description = "`X-API-Key` was not specified in the header or an invalid API key was provided")
      @ApiError(status = 500, detail = "Internal Server Error",
                  description = "Something went wrong on our end")
      @FieldBody("detail")
      @SuppressWarnings("error-contract:nonstandard-title")
      //PAGE
      public interface PassportErrors {}
      """;

  static final String SIGNZY = """
      package com.example.signzy;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog("Signzy")
      @Status(code = 200, title = "OK", description = "The request was successful.")
      @Status(code = 204, title = "Not Modified", description = "There was no new data to return.")
      @Status(code = 400, title = "Bad Request", description = "The request was invalid or cannot be otherwise served. This may happen due to invalid Parameters passed.")
      @Status(code = 401, title = "Authorization Required", description = "Missing or incorrect authentication credentials.")
      @Status(code = 403, title = "Access Forbidden", description = "The request is understood, but it has been refused or access is not allowed. An accompanying error message will explain why. This code is used when requests are being denied due to request limits.")
      @Status(code = 404, title = "Not Found", description = "The URI requested is invalid or the resource requested is not available.")
      @Status(code = 422, title = "Un-processable Entity", description = "Missing Inputs or the JSON body of a request is badly-formed.")
      @Status(code = 500, title = "Internal Server Error", description = "Something is broken. This is usually a temporary error, for example in a high load situation or if an endpoint is temporarily having issues.Try again later.")
      @Status(code = 502, title = "Bad gateway/Internal Server Error", description = "Signzy service is down or the service is getting upgraded.")
      @Status(code = 504, title = "Gateway Timeout", description = "The Signzy servers are up, but the request couldn\u2019t be serviced due to some failure within the internal stack. Try again later.")
      @FieldBody("message")
      @SuppressWarnings("error-contract:nonstandard-title")
      //PAGE
      public interface SignzyErrors {}
      """;

  /**
   * Every other shape feature the documents must carry: problem details with an instance and
   * extensions, a template detail, machine codes, a header, a detail that needs JSON escaping and a
   * table cell with a pipe.
   */
  static final String SHAPES = """
      package com.example.shapes;

      import dev.errorcontract.catalog.*;

      @ErrorCatalog("Shapes")
      @Status(code = 400, title = "Bad Request", description = "The request is invalid | malformed.")
      @Status(code = 401, title = "Unauthorized", description = "Log in.",
                  headers = @Header(name = "WWW-Authenticate", value = "Bearer"))
      @Status(code = 500, title = "Internal Server Error", description = "Our fault.")
      @ApiError(status = 400, detail = "Invalid limit: {limit}", code = "invalid_limit",
                  args = @Arg(name = "limit", type = int.class),
                  description = "The limit is above 1000.")
      @ApiError(status = 400, detail = "Say \\"please\\" \\\\ caf\u00e9 \uD83D\uDE00", code = "manners",
                  constant = "MANNERS", description = "Quotes, a backslash and non-ASCII text.")
      @ProblemBody(type = "https://example.com/problems", instance = Instance.EXCEPTION,
          extensions = {
              @Member(name = "code", value = CatalogValue.CODE),
              @Member(name = "service", constant = "shapes")})
      public interface ShapesErrors {}
      """;

  /** The catalog's source, with {@code annotation} (such as a {@code @PublishedPage}) on the type. */
  static JavaFileObject source(String catalog, String annotation) {
    String name = catalog.contains("PassportErrors") ? "com.example.passport.PassportErrors"
        : catalog.contains("SignzyErrors") ? "com.example.signzy.SignzyErrors"
        : "com.example.shapes.ShapesErrors";
    return JavaFileObjects.forSourceString(name, catalog.replace("//PAGE", annotation));
  }

  static JavaFileObject source(String catalog) {
    return source(catalog, "");
  }
}
