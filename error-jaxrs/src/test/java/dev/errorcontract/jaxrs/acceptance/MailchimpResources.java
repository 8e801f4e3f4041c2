package dev.errorcontract.jaxrs.acceptance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Throws the answers of {@link MailchimpErrors}. */
@Path("/lists")
public class MailchimpResources {

  /** A catalog exception: its answer carries the bare id as the instance. */
  @GET
  @Path("thrown")
  public String thrown() {
    throw new MailchimpException.BadRequest();
  }

  /** A catalog exception with an instance of its own, which wins. */
  @GET
  @Path("own")
  public String own() {
    throw new MailchimpException.BadRequest().withInstance("own-instance");
  }
}
