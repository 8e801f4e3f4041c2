package dev.errorcontract.processor;

import dev.errorcontract.processor.generate.Source;
import dev.errorcontract.processor.generate.docs.Resource;
import dev.errorcontract.processor.spi.CatalogContext;
import dev.errorcontract.processor.spi.CatalogView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/** One adapter's run for one catalog: what it writes and reports, held until it returns. */
final class AdapterContext implements CatalogContext {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** A warning an adapter reported. */
  record Warning(String key, String text) {}

  private final ProcessingEnvironment environment;
  private final CatalogView catalog;
  private final List<Source> sources = new ArrayList<>();
  private final List<Resource> resources = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();

  AdapterContext(ProcessingEnvironment environment, CatalogView catalog) {
    this.environment = environment;
    this.catalog = catalog;
  }

  @Override
  public CatalogView catalog() {
    return catalog;
  }

  @Override
  public ProcessingEnvironment processingEnvironment() {
    return environment;
  }

  @Override
  public String processorName() {
    return ErrorCatalogProcessor.class.getName();
  }

  @Override
  public void writeSource(String qualifiedName, CharSequence text) {
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    sources.add(new Source(qualifiedName, List.<Element>of(catalog.declaringType()), text.toString()));
  }

  @Override
  public void writeResource(String path, byte[] bytes) {
    Objects.requireNonNull(path, "path");
    resources.add(new Resource(path, bytes.clone()));
  }

  @Override
  public void warning(String key, String text) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("a diagnostic key is lower-case words joined by hyphens: " + key);
    }
    warnings.add(new Warning(key, Objects.requireNonNull(text, "text")));
  }

  List<Source> sources() {
    return List.copyOf(sources);
  }

  List<Resource> resources() {
    return List.copyOf(resources);
  }

  List<Warning> warnings() {
    return List.copyOf(warnings);
  }
}
