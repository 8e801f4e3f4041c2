package com.example.shop;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The shop's one resource. */
@Path("/orders")
public class OrdersResource {

  /** Prices an order of {@code quantity} items. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String price(@QueryParam("quantity") int quantity) throws ShopException.InvalidQuantity {
    if (quantity < 1 || quantity > 99) {
      throw new ShopException.InvalidQuantity(quantity);
    }
    return "{\"total\":" + quantity * 5 + "}";
  }
}
