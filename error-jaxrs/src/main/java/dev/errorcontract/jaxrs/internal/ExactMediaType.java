package dev.errorcontract.jaxrs.internal;

import jakarta.ws.rs.core.MediaType;

/**
 * A media type that remembers how the catalog spelled it, such as {@code application/problem+json;
 * charset=utf-8} with its space.
 *
 * <p>Implementations write a {@link MediaType} through their own header delegate, which respells the
 * parameters ({@code ;charset=utf-8}, no space) whatever {@code toString} says. They do pass this very
 * object to the message body writer, so {@link ErrorBodyWriter} puts {@link #declared()} back into
 * the headers as a string just before the body is written; Jersey and CXF then send it as is.
 * Equality is {@link MediaType}'s, so content negotiation treats it as the parsed type.
 *
 * <p>Internal: public because {@link Contract} and {@link Answer} return it to the other packages of
 * the library; not an API.
 */
public final class ExactMediaType extends MediaType {

  private final String declared;
  /** Whether an implementation or container may spell it otherwise than declared. */
  private final boolean respelled;

  private ExactMediaType(MediaType parsed, String declared) {
    super(parsed.getType(), parsed.getSubtype(), parsed.getParameters());
    this.declared = declared;
    // Containers move parameters about (Undertow puts charset last): any parameter may be respelled.
    this.respelled = !parsed.getParameters().isEmpty() || !declared.equals(parsed.toString());
  }

  /**
   * Parses {@code declared} once.
   *
   * @throws IllegalArgumentException if it is not a media type
   */
  public static ExactMediaType of(String declared) {
    return new ExactMediaType(MediaType.valueOf(declared), declared);
  }

  /** The media type exactly as the catalog declares it. */
  public String declared() {
    return declared;
  }

  /**
   * Whether an implementation's header delegate or a container may spell this media type otherwise
   * than declared (it has parameters, or spacing the delegate drops), so that the declared spelling
   * must be put back.
   */
  public boolean respelled() {
    return respelled;
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  /** The declared spelling. */
  @Override
  public String toString() {
    return declared;
  }
}
