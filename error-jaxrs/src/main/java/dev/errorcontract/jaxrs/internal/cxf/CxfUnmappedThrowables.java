package dev.errorcontract.jaxrs.internal.cxf;

import java.util.List;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerLifeCycleListener;
import org.apache.cxf.endpoint.ServerLifeCycleManager;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.jaxrs.interceptor.JAXRSInInterceptor;
import org.apache.cxf.message.Message;

/**
 * Apache CXF only: a bus extension ({@code META-INF/cxf/bus-extensions.txt}, created by every CXF bus
 * on whose class path this library is) that, as each server starts, wraps its JAX-RS in-interceptor
 * in {@link MappingJaxrsInInterceptor}. CXF maps what a request filter throws only when it is a
 * runtime exception or an {@code IOException} ({@code JAXRSInInterceptor.handleMessage}); any other
 * throwable passes {@code PhaseInterceptorChain}, which catches runtime exceptions only, and reaches
 * the HTTP server, whose error page shows its message.
 *
 * <p>Servers without CXF's JAX-RS front end (SOAP endpoints) are left as they are. Nothing is done
 * per request: the binding's interceptor list is changed once, when the server starts.
 *
 * <p>Internal: not an API.
 */
public final class CxfUnmappedThrowables implements ServerLifeCycleListener {

  /** Called by CXF's extension manager with the bus being created. */
  public CxfUnmappedThrowables(Bus bus) {
    if (!jaxrsFrontEndVisible()) {
      // CXF without its JAX-RS front end (SOAP only): nothing to wrap, and startServer could not link.
      return;
    }
    ServerLifeCycleManager servers = bus.getExtension(ServerLifeCycleManager.class);
    if (servers != null) {
      servers.registerListener(this);
    }
  }

  private static boolean jaxrsFrontEndVisible() {
    try {
      Class.forName(
          "org.apache.cxf.jaxrs.interceptor.JAXRSInInterceptor", false,
          CxfUnmappedThrowables.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  @Override
  public void startServer(Server server) {
    List<Interceptor<? extends Message>> in = server.getEndpoint().getBinding().getInInterceptors();
    synchronized (in) {
      for (int i = 0; i < in.size(); i++) {
        // A server started again keeps its wrapper, which is no JAXRSInInterceptor itself.
        if (in.get(i) instanceof JAXRSInInterceptor) {
          in.set(i, new MappingJaxrsInInterceptor((JAXRSInInterceptor) in.get(i)));
        }
      }
    }
  }

  @Override
  public void stopServer(Server server) {
    // Nothing to undo: the wrapper goes with the server's binding.
  }
}
