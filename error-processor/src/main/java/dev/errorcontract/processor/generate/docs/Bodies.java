package dev.errorcontract.processor.generate.docs;

import dev.errorcontract.catalog.internal.JsonShape;
import dev.errorcontract.catalog.internal.RowBodies;
import dev.errorcontract.processor.derive.RuntimeModel;
import dev.errorcontract.processor.derive.BodyModel;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.derive.ErrorModel;

/**
 * Example bodies made by the runtime itself: the catalog's body shape is built here from the model
 * ({@link RuntimeModel}), just as the generated enum builds it, and compiled and rendered the same way. Documentation
 * therefore shows the very bytes the server sends, never a second rendition of the JSON.
 *
 * <p>A template detail such as {@code Invalid limit: {limit}} has no fixed bytes: its example is the
 * body rendered with the detail as published, placeholders and all.
 */
final class Bodies {

  private final BodyModel body;
  /** Built once: every error's bodies are compiled from the one shape, as in the generated enum. */
  private final JsonShape shape;

  Bodies(BodyModel body) {
    this.body = body;
    this.shape = RuntimeModel.shape(body);
  }

  /** The media type of the catalog's bodies. */
  String mediaType() {
    return body.mediaType();
  }

  /**
   * The body {@code error} is answered with, without instance; a template is rendered with its detail
   * as published and each argument a member holds shown as its placeholder.
   */
  byte[] example(CatalogModel catalog, ErrorModel error) {
    RowBodies bodies = shape.compile(RuntimeModel.row(error));
    if (!error.isTemplate()) {
      return bodies.body(error.code()).toByteArray();
    }
    Object[] placeholders = error.args().stream().map(a -> "{" + a.name() + "}").toArray();
    return bodies.render(error.detail(), null, placeholders).toByteArray();
  }
}
