package dev.errorcontract.spring.webmvc;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.internal.answering.ResolvedAnswer;
import jakarta.servlet.ServletException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Which answer a throwable gets, by the rule the JAX-RS glue follows: a catalog exception is itself;
 * what Spring raises is answered by its <em>status</em> (an {@link ErrorResponse}'s, or the one
 * Spring's own {@code DefaultHandlerExceptionResolver} would send), except where the catalog names a
 * row for the condition: no handler or static resource is {@link Condition#UNKNOWN_PATH}, an
 * unreadable body {@link Condition#UNREADABLE_BODY}, and 405, 406 and 415 their conditions (through
 * {@code AnswerTable}); everything else is {@link Condition#UNEXPECTED_FAILURE}.
 */
final class SpringConditions {

  /** How deep a cause chain is searched: wrappers nest a few levels, not more. */
  private static final int MAX_DEPTH = 8;

  private SpringConditions() {}

  /** The catalog exception {@code thrown} is or wraps, or {@code null}. */
  static CatalogException catalogException(Throwable thrown) {
    Throwable cause = thrown;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof CatalogException) {
        return (CatalogException) cause;
      }
      if (!isWrapper(cause)) {
        return null;
      }
      cause = cause.getCause();
    }
    return null;
  }

  /**
   * The throwable Spring raised for a request condition that {@code thrown} is or wraps, or {@code
   * null} when it is none (a bug: an unexpected failure).
   */
  static Throwable springCondition(Throwable thrown) {
    Throwable cause = thrown;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (isCondition(cause)) {
        return cause;
      }
      if (!isWrapper(cause)) {
        return null;
      }
      cause = cause.getCause();
    }
    return null;
  }

  private static boolean isCondition(Throwable t) {
    return t instanceof ErrorResponse
        || t instanceof HttpMessageNotReadableException
        || (t instanceof TypeMismatchException && !(t instanceof ConversionNotSupportedException))
        || t instanceof BindException
        || SpringViolations.isConstraintViolation(t);
  }

  /**
   * The status Spring raised {@code condition} with, as {@link #springCondition} returned it: 400 and
   * up is an error to answer; below is none of this library's business.
   */
  static int status(Throwable condition) {
    if (condition instanceof ErrorResponse) {
      return ((ErrorResponse) condition).getStatusCode().value();
    }
    // An unreadable body, a parameter of the wrong type, a binding failure.
    return 400;
  }

  /** The answer to a Spring condition of error status {@code status}. */
  static ResolvedAnswer answer(WebMvcErrorContract contract, Throwable condition, int status) {
    if (condition instanceof NoHandlerFoundException || condition instanceof NoResourceFoundException) {
      return contract.answerFor(Condition.UNKNOWN_PATH);
    }
    if (condition instanceof HttpMessageNotReadableException) {
      return contract.answerFor(Condition.UNREADABLE_BODY);
    }
    return contract.answerFor(status);
  }

  private static boolean isWrapper(Throwable t) {
    return t instanceof CompletionException
        || t instanceof ExecutionException
        || t instanceof InvocationTargetException
        || t instanceof UndeclaredThrowableException
        // The dispatcher wraps an Error ("Handler dispatch failed"), filters wrap what they catch.
        || (t instanceof ServletException && !(t instanceof ErrorResponse));
  }
}
