package dev.errorcontract.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The feature against a {@link FeatureContext} that behaves like Quarkus REST's: it throws {@link
 * UnsupportedOperationException} for {@code register(Object, Map)} and takes {@code register(Object,
 * int)}. Registering the feature there explicitly must not stop the application from starting.
 */
class FeatureContextFallbackTest {

  /** Whether this execution's class path has Bean Validation (some implementations bring its API). */
  private static final boolean BEAN_VALIDATION = present("jakarta.validation.ValidationException");

  private static boolean present(String name) {
    try {
      Class.forName(name, false, FeatureContextFallbackTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }


  @Test
  void registersWithThePriorityAloneWhereContractMapsAreRejected() {
    List<String> registered = new ArrayList<>();
    Configuration configuration =
        (Configuration) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {Configuration.class},
            (proxy, method, args) -> switch (method.getName()) {
              case "getClasses", "getInstances" -> Set.of();
              default -> throw new UnsupportedOperationException(method.getName());
            });
    FeatureContext quarkusLike =
        (FeatureContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {FeatureContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConfiguration")) {
                return configuration;
              }
              if (method.getName().equals("register") && args.length == 2
                  && args[1] instanceof Integer) {
                registered.add(args[0].getClass().getSimpleName() + " " + args[1]);
                return proxy;
              }
              throw new UnsupportedOperationException(method.getName() + " " + List.of(args));
            });

    assertTrue(TestFeature.feature().configure(quarkusLike));

    List<String> expected = new ArrayList<>(List.of("CatalogExceptionMapper 100",
        "WebApplicationExceptionMapper 100", "ThrowableMapper 100", "ErrorResponseFilter 100",
        "ErrorBodyWriter 100", "PendingAnswerWriter 100", "UnreadableBodyInterceptor 100"));
    if (BEAN_VALIDATION) {
      // Issue 25: the Bean Validation mapper, where the execution has jakarta.validation.
      expected.add(3, "ValidationExceptionMapper 100");
    }
    assertEquals(expected, registered);
  }

  @Test
  void registersEverythingWhereTheContextCannotTellWhatIsRegistered() {
    List<Object> registered = new ArrayList<>();
    FeatureContext standIn =
        (FeatureContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {FeatureContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("register")) {
                registered.add(args[0]);
                return proxy;
              }
              throw new UnsupportedOperationException(method.getName());
            });

    assertTrue(TestFeature.feature().configure(standIn));

    assertEquals(BEAN_VALIDATION ? 8 : 7, registered.size(), String.valueOf(registered));
  }
}
