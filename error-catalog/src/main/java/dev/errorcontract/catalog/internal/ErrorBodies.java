package dev.errorcontract.catalog.internal;

import dev.errorcontract.catalog.ErrorBody;

/**
 * Makes {@link ErrorBody} instances for the templates of this package. {@code ErrorBody} is sealed in
 * the public package, so it hands this class its one maker when it initialises.
 */
public final class ErrorBodies {

  /** What {@link ErrorBody} offers this package; implemented by {@code ErrorBody} alone. */
  public interface Maker {

    /** A body of these bytes, which the caller never changes afterwards. */
    ErrorBody encoded(byte[] utf8);

    /** A body written from {@code template} and these values whenever it is written. */
    ErrorBody streamed(BodyTemplate template, String detail, String instance, Object[] arguments);
  }

  private static volatile Maker maker;

  private ErrorBodies() {}

  /**
   * Called by {@link ErrorBody} as it initialises.
   *
   * @throws IllegalStateException if called twice, or by any other class
   */
  public static synchronized void install(Maker bodyMaker) {
    if (maker != null || bodyMaker.getClass().getNestHost() != ErrorBody.class) {
      throw new IllegalStateException("only ErrorBody makes error bodies");
    }
    maker = bodyMaker;
  }

  static ErrorBody encoded(byte[] utf8) {
    return maker().encoded(utf8);
  }

  static ErrorBody streamed(BodyTemplate template, String detail, String instance, Object[] arguments) {
    return maker().streamed(template, detail, instance, arguments);
  }

  private static Maker maker() {
    Maker installed = maker;
    if (installed == null) {
      initialise();
      installed = maker;
    }
    return installed;
  }

  private static void initialise() {
    try {
      Class.forName(ErrorBody.class.getName(), true, ErrorBody.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
