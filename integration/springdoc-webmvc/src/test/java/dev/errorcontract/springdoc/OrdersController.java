package dev.errorcontract.springdoc;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operations springdoc documents, with their declared errors. */
@RestController
@RequestMapping("/orders")
public class OrdersController {

  /** An order. */
  public record Order(String id) {}

  /** Made by Spring. */
  public OrdersController() {}

  /** One order. */
  @GetMapping("/{id}")
  public Order order(@PathVariable long id) throws ShopException.NoSuchOrder {
    if (id != 1) {
      throw new ShopException.NoSuchOrder();
    }
    return new Order("1");
  }

  /** A new order. */
  @PostMapping
  public Order create(@RequestBody Order order, @RequestParam(defaultValue = "1") int limit)
      throws ShopException.InvalidLimit, ShopException.TooManyOrders {
    if (limit > 100) {
      throw new ShopException.InvalidLimit();
    }
    if (limit == 0) {
      throw new ShopException.TooManyOrders();
    }
    return order;
  }
}
