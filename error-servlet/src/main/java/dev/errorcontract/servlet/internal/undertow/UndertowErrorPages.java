package dev.errorcontract.servlet.internal.undertow;

import dev.errorcontract.servlet.ContainerErrorServlet;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ErrorPage;
import jakarta.servlet.ServletContext;

/**
 * Undertow only: what this library's {@code web-fragment.xml} declares, for Undertow deployments that
 * read no deployment descriptor, such as RESTEasy's {@code SeBootstrap} and {@code
 * UndertowJaxrsServer}. RESTEasy catches only {@code Exception} around filters: an {@code Error} a
 * filter throws leaves it, and without an error page Undertow answers with its HTML page, which shows
 * the message to local clients. Undertow runs every {@link ServletExtension} its deployment's class
 * loader lists ({@code META-INF/services}) before deploying, so being on the class path is enough.
 *
 * <p>A deployment that has the servlet already (a server that read the fragment) is left as it is.
 * Elsewhere the servlet is added with a default error page: every exception and every error code the
 * container sends, unless the application declares a page of its own for it.
 *
 * <p>Internal: not an API.
 */
public final class UndertowErrorPages implements ServletExtension {

  /** As in {@code web-fragment.xml}. */
  static final String SERVLET_NAME = "error-contract-container-errors";

  /** As in {@code web-fragment.xml}. */
  static final String LOCATION = "/.error-contract/container-error";

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    if (deployment.getServlets().containsKey(SERVLET_NAME)) {
      return;
    }
    deployment.addServlet(
        Servlets.servlet(SERVLET_NAME, ContainerErrorServlet.class).addMapping(LOCATION));
    deployment.addErrorPage(new ErrorPage(LOCATION));
  }
}
