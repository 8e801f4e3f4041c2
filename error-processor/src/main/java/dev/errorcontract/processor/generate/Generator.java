package dev.errorcontract.processor.generate;

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
  private final DecoderGenerator decoders;

  public Generator(Elements elements) {
    GeneratedFiles files = new GeneratedFiles(elements);
    this.statuses = new StatusEnumGenerator(files);
    this.errors = new ErrorEnumGenerator(files);
    this.exceptions = new ExceptionGenerator(files);
    this.decoders = new DecoderGenerator(files);
  }

  /** The Java sources of the catalog that need no framework, rendered; adapters add their own. */
  public List<Source> sources(CatalogModel catalog) {
    List<Source> sources = new ArrayList<>();
    sources.add(Source.of(statuses.generate(catalog)));
    sources.add(errors.source(catalog));
    sources.add(exceptions.source(catalog));
    sources.add(Source.of(decoders.generate(catalog)));
    return List.copyOf(sources);
  }

  /** The documentation resources of the catalog (see {@link DocsGenerator}). */
  public List<Resource> resources(CatalogModel catalog) {
    return new DocsGenerator().resources(catalog);
  }
}
