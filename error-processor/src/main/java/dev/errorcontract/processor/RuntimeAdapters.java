package dev.errorcontract.processor;

import dev.errorcontract.processor.spi.RuntimeAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The runtime adapters of a compilation: every {@link RuntimeAdapter} on the annotation processor path
 * (found by {@link ServiceLoader} with the processor's own class loader, as javac loaded the processor),
 * in name order, those {@code -Aerrorcontract.disabledAdapters} names set apart.
 *
 * @param enabled the adapters that run, by name
 * @param disabled the adapters the option turns off, by name
 * @param unloadable why each adapter that is listed but cannot be loaded or instantiated failed, in the
 *     order found
 */
public record RuntimeAdapters(List<RuntimeAdapter> enabled, List<RuntimeAdapter> disabled, List<String> unloadable) {

  /** {@code -Aerrorcontract.disabledAdapters=jaxrs,...}: adapters, by name, that must not run. */
  public static final String DISABLED_OPTION = "errorcontract.disabledAdapters";
  /** Where a jar lists its adapters. */
  static final String SERVICE_FILE = "META-INF/services/" + RuntimeAdapter.class.getName();

  /** More failures than any processor path lists adapters: the loader is stuck on one. */
  private static final int MAX_FAILURES = 100;

  private static final Comparator<RuntimeAdapter> ORDER =
      Comparator.comparing(RuntimeAdapter::name).thenComparing(a -> a.getClass().getName());

  /** The adapters on the processor path, {@code environment}'s option applied. */
  public static RuntimeAdapters load(ProcessingEnvironment environment) {
    Set<String> off = new TreeSet<>();
    String option = environment.getOptions().get(DISABLED_OPTION);
    if (option != null) {
      Arrays.stream(option.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(off::add);
    }
    List<RuntimeAdapter> enabled = new ArrayList<>();
    List<RuntimeAdapter> disabled = new ArrayList<>();
    List<String> unloadable = new ArrayList<>();
    Iterator<RuntimeAdapter> adapters =
        ServiceLoader.load(RuntimeAdapter.class, RuntimeAdapters.class.getClassLoader()).iterator();
    // One adapter that cannot be loaded (a class listed but not compiled yet, as in the adapter's own
    // build) keeps none of the others from running: the loader goes on to the next one listed.
    for (int failures = 0; failures < MAX_FAILURES; ) {
      try {
        if (!adapters.hasNext()) {
          break;
        }
        RuntimeAdapter adapter = adapters.next();
        (off.contains(adapter.name()) ? disabled : enabled).add(adapter);
      } catch (ServiceConfigurationError e) {
        unloadable.add(e.getMessage());
        failures++;
      }
    }
    enabled.sort(ORDER);
    disabled.sort(ORDER);
    return new RuntimeAdapters(List.copyOf(enabled), List.copyOf(disabled), List.copyOf(unloadable));
  }

  /** The options every adapter reads, loaded or disabled. */
  public Set<String> options() {
    Set<String> options = new LinkedHashSet<>();
    options.add(DISABLED_OPTION);
    enabled.forEach(a -> options.addAll(a.supportedOptions()));
    disabled.forEach(a -> options.addAll(a.supportedOptions()));
    return options;
  }

  /**
   * The adapter classes the compile class path's service file names (javac's Filer shows the first such
   * file of the class path) that were not loaded from the processor path: a jar put on the class path
   * where it should be on the processor path.
   */
  List<String> missing(ProcessingEnvironment environment) {
    Set<String> loaded = new TreeSet<>();
    enabled.forEach(a -> loaded.add(a.getClass().getName()));
    disabled.forEach(a -> loaded.add(a.getClass().getName()));
    List<String> missing = new ArrayList<>();
    for (String name : listedOnClassPath(environment)) {
      if (!loaded.contains(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  private static Set<String> listedOnClassPath(ProcessingEnvironment environment) {
    Set<String> names = new TreeSet<>();
    String text;
    try {
      FileObject file = environment.getFiler().getResource(StandardLocation.CLASS_PATH, "", SERVICE_FILE);
      try (InputStream in = file.openInputStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return names; // no such file on the class path, or a compiler that cannot read it.
    }
    for (String line : text.split("\\R")) {
      int comment = line.indexOf('#');
      String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
