package dev.errorcontract.jaxrs.internal;

import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The mapper answering Bean Validation failures ({@code internal.validation}), made only when {@code
 * jakarta.validation} is visible to this library: it links against that API, which an application
 * without Bean Validation does not have. Named here, never referenced, so that every other class of
 * the library loads without it.
 *
 * <p>Internal: public because the feature ({@code dev.errorcontract.jaxrs}) registers the mapper; not
 * an API.
 */
public final class BeanValidation {

  private static final String API = "jakarta.validation.ValidationException";
  private static final String MAPPER =
      "dev.errorcontract.jaxrs.internal.validation.ValidationExceptionMapper";

  private BeanValidation() {}

  /**
   * The mapper of {@code jakarta.validation.ValidationException} answering with {@code contract}, or
   * {@code null} when Bean Validation is not on this library's class path.
   *
   * @param throwables what answers a validation failure that is the server's bug
   */
  public static ExceptionMapper<?> mapper(Contract contract, ThrowableMapper throwables) {
    ClassLoader loader = BeanValidation.class.getClassLoader();
    try {
      Class.forName(API, false, loader);
    } catch (ClassNotFoundException | LinkageError absent) {
      return null;
    }
    try {
      return (ExceptionMapper<?>)
          Class.forName(MAPPER, true, loader)
              .getConstructor(Contract.class, ThrowableMapper.class)
              .newInstance(contract, throwables);
    } catch (ReflectiveOperationException | LinkageError broken) {
      throw new IllegalStateException("Bean Validation is on the class path but " + MAPPER
          + " cannot be made", broken);
    }
  }
}
