package dev.errorcontract.processor.generate;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.processor.derive.ErrorModel;
import dev.errorcontract.processor.derive.StatusModel;
import dev.errorcontract.processor.model.CatalogModel;
import dev.errorcontract.processor.spi.CatalogView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The runtime adapters' view of a catalog: its names and rows, none of the processor's model classes. */
public final class AdapterView {

  private AdapterView() {}

  /** What {@code catalog} shows an adapter. */
  public static CatalogView of(CatalogModel catalog) {
    List<CatalogView.Status> statuses = new ArrayList<>();
    for (StatusModel status : catalog.statuses()) {
      statuses.add(new CatalogView.Status(status.codes(), status.title(), status.constantName(), status.isDeprecated()));
    }
    List<CatalogView.Error> errors = new ArrayList<>();
    for (ErrorModel error : catalog.errors()) {
      errors.add(new CatalogView.Error(error.constantName(), error.className(), error.code(), error.detail(),
          error.machineCode(), error.answers(), error.addedByLibrary(), error.isDeprecated()));
    }
    Map<Condition, String> conditions = new EnumMap<>(Condition.class);
    catalog.conditions().forEach((condition, error) -> {
      if (condition != Condition.STATUS && error != null) {
        conditions.put(condition, error.constantName());
      }
    });
    return new CatalogView(catalog.declaringType(), catalog.packageName(), catalog.name(), catalog.clientOnly(),
        statuses, errors, conditions);
  }
}
