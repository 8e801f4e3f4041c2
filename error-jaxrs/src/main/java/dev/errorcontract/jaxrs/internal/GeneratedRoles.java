package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorTable;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.ReaderInterceptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a catalog's generated providers an application has registered already, so that {@code
 * ErrorContractFeature} registers only what is missing: an application found by scanning (Jersey's
 * {@code packages}, a Jakarta EE server) that also registers the feature explicitly gets each
 * provider once. Read from the classes and instances the configuration holds when the feature is
 * configured; Jersey and RESTEasy register an application's classes before they configure a feature
 * given as an instance.
 *
 * <p>Internal: public only so that the feature can use it; not an API.
 */
public enum GeneratedRoles {
  CATALOG_EXCEPTION_MAPPER,
  WEB_APPLICATION_EXCEPTION_MAPPER,
  THROWABLE_MAPPER,
  RESPONSE_FILTER,
  BODY_WRITER,
  READER_INTERCEPTOR;

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");

  /**
   * The roles filled by providers generated for {@code table} among those the context's configuration
   * holds; none where the context cannot tell (a stand-in context, say), so that the feature then
   * registers everything.
   */
  public static Set<GeneratedRoles> registered(FeatureContext context, ErrorTable table) {
    Set<GeneratedRoles> roles = EnumSet.noneOf(GeneratedRoles.class);
    Class<?> errorEnum = errorEnum(table);
    List<Class<?>> classes = new ArrayList<>();
    try {
      Configuration configuration = context.getConfiguration();
      if (configuration == null || errorEnum == null) {
        return roles;
      }
      classes.addAll(configuration.getClasses());
      for (Object instance : configuration.getInstances()) {
        classes.add(instance.getClass());
      }
    } catch (RuntimeException cannotTell) {
      return roles;
    }
    for (Class<?> type : classes) {
      if (generatedFor(type, errorEnum)) {
        roleOf(type, roles);
      }
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> "Catalog " + table.name() + ": registered by its generated providers " + roles
            + "; the feature registers the rest");
    return roles;
  }

  /** The catalog's generated error enum, the type argument its providers name. */
  private static Class<?> errorEnum(ErrorTable table) {
    List<? extends DocumentedError> errors = table.errors();
    if (errors.isEmpty() || !(errors.get(0) instanceof Enum)) {
      return null;
    }
    return ((Enum<?>) errors.get(0)).getDeclaringClass();
  }

  private static boolean generatedFor(Class<?> type, Class<?> errorEnum) {
    if (!GeneratedProvider.class.isAssignableFrom(type)) {
      return false;
    }
    Type argument = typeArgument(type, GeneratedProvider.class);
    return argument == errorEnum;
  }

  private static void roleOf(Class<?> type, Set<GeneratedRoles> roles) {
    if (ContainerResponseFilter.class.isAssignableFrom(type)) {
      roles.add(RESPONSE_FILTER);
    }
    if (ReaderInterceptor.class.isAssignableFrom(type)) {
      roles.add(READER_INTERCEPTOR);
    }
    if (MessageBodyWriter.class.isAssignableFrom(type)) {
      roles.add(BODY_WRITER);
    }
    if (ExceptionMapper.class.isAssignableFrom(type)) {
      Type mapped = typeArgument(type, ExceptionMapper.class);
      if (mapped == Throwable.class) {
        roles.add(THROWABLE_MAPPER);
      } else if (mapped == WebApplicationException.class) {
        roles.add(WEB_APPLICATION_EXCEPTION_MAPPER);
      } else {
        roles.add(CATALOG_EXCEPTION_MAPPER);
      }
    }
  }

  /** The type argument {@code type} gives the generic interface directly; generated classes do. */
  private static Type typeArgument(Class<?> type, Class<?> genericInterface) {
    for (Type implemented : type.getGenericInterfaces()) {
      if (implemented instanceof ParameterizedType
          && ((ParameterizedType) implemented).getRawType() == genericInterface) {
        return ((ParameterizedType) implemented).getActualTypeArguments()[0];
      }
    }
    return null;
  }
}
