package com.acme.shop;

import com.acme.web.PathVar;
import com.acme.web.Route;

/** The Acme shop's orders: handler methods of the imaginary framework, read by the Acme adapter. */
public final class Orders {

  /** Called by Acme. */
  public Orders() {}

  /**
   * One order.
   *
   * @param id its number
   * @return the order
   */
  @Route(method = "GET", path = "/orders/{id}")
  public String order(@PathVar("id") long id) throws ShopException.NoSuchOrder {
    if (id != 1) {
      throw new ShopException.NoSuchOrder();
    }
    return "{\"id\":1}";
  }

  /**
   * Places an order.
   *
   * @param body the order
   * @return its number
   */
  @Route(method = "POST", path = "/orders")
  public String place(String body) throws ShopException.InvalidOrder {
    if (body.isEmpty()) {
      throw new ShopException.InvalidOrder();
    }
    return "1";
  }
}
