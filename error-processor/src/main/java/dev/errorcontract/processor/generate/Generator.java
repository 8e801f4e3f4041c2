package dev.errorcontract.processor.generate;

import com.palantir.javapoet.JavaFile;
import dev.errorcontract.processor.generate.docs.DocsGenerator;
import dev.errorcontract.processor.generate.docs.Resource;
import dev.errorcontract.processor.model.CatalogModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.util.Elements;

/** Generates every file of one catalog, in memory: nothing is written until all of them exist. */
public final class Generator {

  private final StatusEnumGenerator statuses;
  private final ErrorEnumGenerator errors;
  private final ExceptionGenerator exceptions;
  private final FeatureGenerator feature;
  private final ProvidersGenerator providers;
  private final VertxRoutesGenerator vertxRoutes;
  private final DecoderGenerator decoders;

  public Generator(Elements elements) {
    GeneratedFiles files = new GeneratedFiles(elements);
    this.statuses = new StatusEnumGenerator(files);
    this.errors = new ErrorEnumGenerator(files);
    this.exceptions = new ExceptionGenerator(files);
    this.feature = new FeatureGenerator(files, elements);
    this.providers = new ProvidersGenerator(files, elements);
    this.vertxRoutes = new VertxRoutesGenerator(files, elements);
    this.decoders = new DecoderGenerator(files);
  }

  /** The Java sources of the catalog, rendered. */
  public List<Source> sources(CatalogModel catalog) {
    List<Source> sources = new ArrayList<>();
    sources.add(Source.of(statuses.generate(catalog)));
    sources.add(errors.source(catalog));
    sources.add(exceptions.source(catalog));
    sources.add(Source.of(decoders.generate(catalog)));
    if (feature.isAvailable() && !catalog.clientOnly()) {
      sources.add(Source.of(feature.generate(catalog)));
      List<JavaFile> generatedProviders = providers.generate(catalog);
      generatedProviders.forEach(file -> sources.add(Source.of(file)));
      if (!generatedProviders.isEmpty()) {
        vertxRoutes.generate(catalog).ifPresent(file -> sources.add(Source.of(file)));
      }
    }
    return List.copyOf(sources);
  }

  /**
   * Whether the JAX-RS providers are generated without {@code @Priority} (jakarta.annotation is not on the
   * compiler's class path), which the processor reports.
   */
  public boolean providersWithoutPriority() {
    return feature.isAvailable() && providers.withoutPriority();
  }

  /** The documentation resources of the catalog (see {@link DocsGenerator}). */
  public List<Resource> resources(CatalogModel catalog) {
    return new DocsGenerator().resources(catalog);
  }
}
