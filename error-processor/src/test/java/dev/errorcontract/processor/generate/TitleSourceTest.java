package dev.errorcontract.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.DocumentedStatus.TitleSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: a generated status says where its title comes from: the page, or the library, which filled
 * in the standard reason phrase where the page gives none.
 */
class TitleSourceTest {

  @Test
  void eachStatusSaysWhetherItsTitleIsPublishedOrFilledIn() throws Exception {
    Compiled compiled = Compiled.compile(Scenarios.MULTI.sources());
    Class<?> statuses = compiled.load("multi.GatewayStatus");
    StringBuilder seen = new StringBuilder();
    for (Object constant : statuses.getEnumConstants()) {
      DocumentedStatus status = (DocumentedStatus) constant;
      seen.append(((Enum<?>) constant).name()).append(' ').append(status.title()).append(' ')
          .append(status.titleSource()).append('\n');
    }
    assertEquals("""
        BAD_REQUEST Bad Request REASON_PHRASE
        NOT_FOUND Not Found REASON_PHRASE
        SERVER_ERRORS Server Errors PUBLISHED
        """, seen.toString());
    assertEquals(TitleSource.PUBLISHED, ((DocumentedStatus) Compiled.compile(Scenarios.FIELD.sources())
        .load("field.ShopStatus").getEnumConstants()[0]).titleSource());
  }
}
