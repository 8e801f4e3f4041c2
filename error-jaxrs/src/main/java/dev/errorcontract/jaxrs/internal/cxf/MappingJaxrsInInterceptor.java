package dev.errorcontract.jaxrs.internal.cxf;

import jakarta.ws.rs.core.Response;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxrs.interceptor.JAXRSInInterceptor;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;

/**
 * CXF's {@link JAXRSInInterceptor}, with what it does not map handed to the application's exception
 * mappers: an {@link Error}, or a checked exception other than an {@code IOException}, that a request
 * filter threw without declaring it. It is answered as CXF answers a runtime exception there: the
 * mapper's response is put in the exchange and the JAX-RS interceptor, run again, sends it through the
 * outgoing chain (response filters, writers). Without a mapper for it, it is thrown on unchanged.
 *
 * <p>It takes the wrapped interceptor's id, phase and ordering, so that the chain is built as before.
 *
 * <p>Internal: not an API.
 */
final class MappingJaxrsInInterceptor extends AbstractPhaseInterceptor<Message> {

  private final JAXRSInInterceptor jaxrs;

  MappingJaxrsInInterceptor(JAXRSInInterceptor jaxrs) {
    super(jaxrs.getId(), jaxrs.getPhase());
    getBefore().addAll(jaxrs.getBefore());
    getAfter().addAll(jaxrs.getAfter());
    this.jaxrs = jaxrs;
  }

  @Override
  public void handleMessage(Message message) throws Fault {
    try {
      jaxrs.handleMessage(message);
    } catch (RuntimeException handledOrFault) {
      throw handledOrFault;
    } catch (Throwable unmapped) {
      Exchange exchange = message.getExchange();
      // Only a failure before any answer was chosen: one from the outgoing chain is CXF's to handle.
      if (exchange.get(Response.class) != null || exchange.getOutMessage() != null) {
        throw MappingJaxrsInInterceptor.<RuntimeException>rethrow(unmapped);
      }
      Response answer = JAXRSUtils.convertFaultToResponse(unmapped, message);
      if (answer == null) {
        throw MappingJaxrsInInterceptor.<RuntimeException>rethrow(unmapped);
      }
      exchange.put(Response.class, answer);
      // With a response in the exchange, the interceptor only sends it.
      jaxrs.handleMessage(message);
    }
  }

  @Override
  public void handleFault(Message message) {
    jaxrs.handleFault(message);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T rethrow(Throwable thrown) throws T {
    throw (T) thrown;
  }
}
