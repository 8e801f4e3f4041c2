package dev.errorcontract.jaxrs.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Turns a request body the installed reader cannot read (malformed JSON, a string where a number
 * belongs) into an {@link UnreadableBodyException}, answered as {@link
 * dev.errorcontract.catalog.Condition#UNREADABLE_BODY} rather than as the 500 of an unexpected
 * exception.
 *
 * <p>Needed because implementations and JSON providers disagree: Jersey's JSON-B provider wraps the
 * parser's exception in a {@code ProcessingException}, Jackson's provider throws its own {@code
 * IOException} subclasses, and which of these each implementation turns into a 400 varies. Around the
 * reader, every such failure means one thing: the client sent a body that is not what the resource
 * takes. A 400 the reader raises itself means the same; other web application exceptions (a 415
 * decided by the reader, say) keep their status.
 *
 * <p>Internal: public because the feature ({@code dev.errorcontract.jaxrs}) registers it (generated
 * providers reach it through {@link ProviderRuntime#readerInterceptor()}); not an API.
 */
public final class UnreadableBodyInterceptor implements ReaderInterceptor {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (WebApplicationException e) {
      if (e.getResponse() != null && e.getResponse().getStatus() == 400
          && !(e instanceof UnreadableBodyException)) {
        throw unreadable(e);
      }
      throw e;
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  private static UnreadableBodyException unreadable(Exception e) {
    // DEBUG, not WARNING: a client's bad body is the client's business, and would flood the log.
    LOG.log(System.Logger.Level.DEBUG, "Unreadable request body answered as documented", e);
    return new UnreadableBodyException(e);
  }
}
