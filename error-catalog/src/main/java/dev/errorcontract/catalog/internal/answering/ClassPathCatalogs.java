package dev.errorcontract.catalog.internal.answering;

import dev.errorcontract.catalog.ErrorTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogs on a class path, read from the index the processor writes into each jar ({@value
 * #INDEX}: a comment line, then one generated error enum per line). For runtimes that find catalogs
 * themselves, such as a Spring Boot auto-configuration: JAX-RS finds the generated providers instead.
 * Read once at start-up; never on a request.
 */
public final class ClassPathCatalogs {

  /** The index's path in every jar that holds catalogs. */
  public static final String INDEX = "META-INF/error-contract/catalogs";

  private ClassPathCatalogs() {}

  /**
   * Every catalog indexed on {@code loader}'s class path, in class path order, then the index's order
   * (sorted by name), each once.
   *
   * @throws IllegalStateException if an index names a class that is missing or is not a generated error
   *     enum (a jar built by another version, or a stale build output): the message names the class and
   *     the index
   */
  public static List<ErrorTable> load(ClassLoader loader) {
    Set<String> names = new LinkedHashSet<>();
    List<URL> sources = new ArrayList<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#") && names.add(name)) {
              sources.add(index);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("error-contract: cannot read the catalog index " + INDEX, e);
    }
    List<ErrorTable> tables = new ArrayList<>(names.size());
    int i = 0;
    for (String name : names) {
      tables.add(table(loader, name, sources.get(i++)));
    }
    return List.copyOf(tables);
  }

  private static ErrorTable table(ClassLoader loader, String name, URL index) {
    try {
      Class<?> type = Class.forName(name, true, loader);
      Method table = type.getMethod("table");
      if (!Modifier.isStatic(table.getModifiers()) || !ErrorTable.class.isAssignableFrom(table.getReturnType())) {
        throw new IllegalStateException(notACatalog(name, index));
      }
      return (ErrorTable) table.invoke(null);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalStateException(notACatalog(name, index), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("error-contract: the catalog " + name + " listed in " + index
          + " failed to load its table", e);
    }
  }

  private static String notACatalog(String name, URL index) {
    return "error-contract: " + index + " lists " + name + ", which is not a generated error enum with a"
        + " static table() on this class path; rebuild the jar that holds the index (a stale build output,"
        + " or a jar built by another version of error-contract)";
  }
}
