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
    List<JavaFile> files = new ArrayList<>();
    files.add(statuses.generate(catalog));
    files.add(errors.generate(catalog));
    files.add(exceptions.generate(catalog));
    files.add(decoders.generate(catalog));
    if (feature.isAvailable() && !catalog.clientOnly()) {
      files.add(feature.generate(catalog));
      List<JavaFile> generatedProviders = providers.generate(catalog);
      files.addAll(generatedProviders);
      if (!generatedProviders.isEmpty()) {
        vertxRoutes.generate(catalog).ifPresent(files::add);
      }
    }
    return files.stream().map(Source::of).toList();
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
