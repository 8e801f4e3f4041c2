package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an API's published error table. The rows themselves sit beside it on the same type, one
 * annotation per published row in the page's order: {@link Status} for each row of the status table,
 * {@link ApiError} for each row of the error table. Exactly one body annotation ({@link FieldBody},
 * {@link ProblemBody} or {@link RecordBody}) says the JSON shape errors come in.
 *
 * <pre>{@code
 * @ErrorCatalog("Passport")
 * @Status(code = 400, title = "Bad request", description = "Bad request")
 * @Status(code = 404, title = "Not found", description = "The resource does not exist.")
 * @ApiError(status = 400, detail = "Invalid nonce",
 *     description = "The `nonce` used in the submit Passport API request could not be verified")
 * @FieldBody("detail")
 * interface PassportErrors {}
 * }</pre>
 *
 * <p>For a catalog named {@code Passport} the processor generates, in the same package, {@code
 * PassportStatus} (an enum of the status rows), {@code PassportError} (an enum of every answer: one
 * constant per {@link ApiError} row, plus, for an error status no row answers, one the library adds
 * answering with the status title), {@code PassportException} (one nested exception per error) and,
 * with error-jaxrs on the class path, the JAX-RS providers.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ErrorCatalog {

  /**
   * The catalog's name: the prefix of every generated type. A Java identifier that starts with an
   * upper-case letter, such as {@code "Passport"}.
   */
  String value();

  /**
   * The names of the row attributes the page's error objects carry beside the detail, such as {@code
   * "type"} or {@code "doc_url"}: each {@link ApiError} (or its {@link Status} row, as a default) gives
   * its value with {@link Attribute}, and the body binds them to members ({@link Member#attribute()},
   * {@link Bind#attribute()}).
   */
  String[] attributes() default {};

  /** Which of this catalog's exceptions record a stack trace; an {@link ApiError} may override it. */
  StackTraces stackTraces() default StackTraces.SERVER_ERRORS;

  /**
   * The previous release's contract to compare with: a {@code .catalog.json} the processor wrote (it
   * writes one to {@code META-INF/error-contract/}), checked in, such as {@code
   * "src/contract/Passport.catalog.json"}. Resolved like {@link PublishedPage#value()}: against {@code
   * -Aerrorcontract.projectDir}, else the nearest directory above the class output holding a build file.
   * {@code "processorpath:META-INF/error-contract/Passport.catalog.json"} reads it from the annotation
   * processor path instead, where the previous release's artifact carries it.
   * A breaking difference is a compile error at the row unless the row acknowledges it ({@link
   * ApiError#breaks()}) or was deprecated in the baseline and is now removed; a compatible one is a note.
   * Empty (the default): no comparison.
   */
  String baseline() default "";

  /**
   * Acknowledges the breaking changes outside any row against the {@link #baseline()} (a removed row,
   * the body shape, the media type, a catalog attribute), naming the release that makes them, such as
   * {@code "2.0"}. Empty (the default): such a change is a compile error.
   */
  String breaks() default "";

  /**
   * Whether the catalog describes someone else's API, to call it: only the client side is generated
   * (the decoder, the enums, the exceptions, the documents), no JAX-RS glue, and the library adds no
   * answer for an error status no row answers: the generated enum, its table, the documents and the
   * decoder hold only the rows the page lists, and the decoder reports any other body (say {@code
   * {"message":"Forbidden"}} for a status with no row) as undocumented. Nothing of the catalog answers a
   * status or condition of a server: its table's {@code forStatus} and {@code forCondition} throw {@link
   * UnsupportedOperationException}, and {@code answers} on a row has no effect (the warning {@code
   * client-only-answers}). Default: false, a catalog of your own API.
   */
  boolean clientOnly() default false;

  /**
   * The application's {@link InstanceSupplier} for a catalog whose body says {@code instance =
   * Instance.SUPPLIED}: a class implementing it, with a public constructor without parameters and
   * accessible from the catalog's package. The generated code creates it once and asks it for the
   * {@code instance} of every answer, framework-made ones included. Only with {@link Instance#SUPPLIED}
   * (the processor refuses it beside another source, and {@code SUPPLIED} without it). Default: {@code
   * InstanceSupplier.class}, none.
   */
  Class<? extends InstanceSupplier> instanceSupplier() default InstanceSupplier.class;
}
