package dev.errorcontract.spring.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.errorcontract.catalog.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.MethodValidationAdapter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Issue 25: the violations the WebFlux handler hands to the row answering {@code INVALID_INPUT}, read from the
 * exceptions Spring's own validation raises (Hibernate Validator underneath): path by the rule of the
 * README, sorted by path then message. The HTTP answer's bytes are WebFluxHttpTest's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpringViolationsTest {

  /** A body with a list of items, as the JAX-RS suite's. */
  public static final class Signup {
    @NotBlank(message = "is required")
    @Size(min = 2, max = 10, message = "must be {min} to {max} characters")
    public String name;

    @NotBlank(message = "is required")
    public String email;

    @Valid public List<Item> items = List.of();

    public String getName() {
      return name;
    }

    public String getEmail() {
      return email;
    }

    public List<Item> getItems() {
      return items;
    }
  }

  /** One item. */
  public static final class Item {
    @NotNull(message = "is required")
    public String sku;

    public String getSku() {
      return sku;
    }
  }

  /** Handler methods, as a controller declares them. */
  public static class Handlers {
    public void create(@Valid @RequestBody Signup signup) {}

    public void search(
        @RequestParam("q") @NotNull(message = "is required") @Size(min = 3, message = "is too short") String q,
        @RequestParam(name = "limit", defaultValue = "10") @Max(value = 100, message = "must be at most {value}") int limit,
        @RequestHeader("X-Key") @NotBlank(message = "is required") String key) {}
  }

  private final LocalValidatorFactoryBean validator = validator();

  private static LocalValidatorFactoryBean validator() {
    LocalValidatorFactoryBean bean = new LocalValidatorFactoryBean();
    bean.afterPropertiesSet();
    return bean;
  }

  @AfterAll
  void close() {
    validator.close();
  }

  private static MethodParameter parameter(Method method, int index) {
    MethodParameter parameter = SynthesizingMethodParameter.forExecutable(method, index);
    parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
    return parameter;
  }

  @Test
  void anInvalidValidBodyGivesItsPropertyPathsSorted() throws Exception {
    Signup signup = new Signup();
    signup.name = "x";
    signup.email = "";
    Item ok = new Item();
    ok.sku = "A-1";
    signup.items = List.of(ok, new Item());
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(signup, "signup");
    validator.validate(signup, result);
    Method create = Handlers.class.getMethod("create", Signup.class);

    assertEquals(
        List.of(
            new Violation("email", "is required"),
            new Violation("items[1].sku", "is required"),
            new Violation("name", "must be 2 to 10 characters")),
        SpringViolations.of(new WebExchangeBindException(parameter(create, 0), result)));
  }

  @Test
  void constrainedParametersAreNamedAsTheRequestNamesThem() throws Exception {
    Method search = Handlers.class.getMethod("search", String.class, int.class, String.class);
    MethodParameter[] parameters = {parameter(search, 0), parameter(search, 1), parameter(search, 2)};
    MethodValidationAdapter adapter = new MethodValidationAdapter((jakarta.validation.Validator) validator);

    HandlerMethodValidationException e =
        new HandlerMethodValidationException(
            adapter.validateArguments(
                new Handlers(), search, parameters, new Object[] {"ab", 500, " "}, new Class<?>[0]));

    assertEquals(
        List.of(
            new Violation("X-Key", "is required"),
            new Violation("limit", "must be at most 100"),
            new Violation("q", "is too short")),
        SpringViolations.of(e));
  }

  @Test
  void aBindingFailureIsNoViolation() throws Exception {
    Signup signup = new Signup();
    BeanPropertyBindingResult result = new BeanPropertyBindingResult(signup, "signup");
    result.rejectValue("name", "typeMismatch", "wrong type");
    result.addError(new org.springframework.validation.FieldError(
        "signup", "email", "x", true, new String[] {"typeMismatch"}, null, "wrong type"));
    Method create = Handlers.class.getMethod("create", Signup.class);

    assertNull(SpringViolations.of(new WebExchangeBindException(parameter(create, 0), result)));
    assertNull(SpringViolations.of(new IllegalStateException("not a validation failure")));
  }
}
