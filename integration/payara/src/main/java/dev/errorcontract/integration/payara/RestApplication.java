package dev.errorcontract.integration.payara;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The whole configuration a user writes: an empty application at {@code /}. The server finds the
 * resources and the catalog's generated provider by scanning the WAR.
 */
@ApplicationPath("/")
public class RestApplication extends Application {}
