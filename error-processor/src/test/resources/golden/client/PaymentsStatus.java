package client;

import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.internal.GeneratedCode;
import dev.errorcontract.catalog.internal.StatusRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The status table of the Payments catalog, as published and declared on {@link PaymentsErrors}.
 */
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from client.PaymentsErrors"
)
public enum PaymentsStatus implements DocumentedStatus {
  /**
   * 400 Bad Request: The request is invalid.
   */
  BAD_REQUEST(StatusRow.covering(400)
      .title("Bad Request")
      .description("The request is invalid.")),

  /**
   * 402 Request Failed: The parameters were valid but the request failed.
   */
  REQUEST_FAILED(StatusRow.covering(402)
      .title("Request Failed")
      .description("The parameters were valid but the request failed.")),

  /**
   * 403 Forbidden: The API key lacks permissions.
   */
  FORBIDDEN(StatusRow.covering(403)
      .title("Forbidden")
      .description("The API key lacks permissions.")),

  /**
   * 5XX Server Error: Something went wrong on the API's end.
   *
   * <p>The page gives no title; this is the standard reason phrase.
   */
  SERVER_ERROR(StatusRow.covering(500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599)
      .filledInTitle("Server Error")
      .description("Something went wrong on the API's end."));

  static {
    GeneratedCode.check(1, "@processor.version@", PaymentsStatus.class);
  }

  /**
   * The row's published values.
   */
  private final StatusRow row;

  /**
   * A status row of the published table.
   *
   * @param row the row's published values
   */
  PaymentsStatus(StatusRow row) {
    this.row = row;
  }

  /**
   * The first code the row covers.
   */
  @Override
  public int code() {
    return row.code();
  }

  /**
   * Every code the row covers, ascending.
   */
  @Override
  public List<Integer> codes() {
    return row.codes();
  }

  /**
   * The title as published.
   */
  @Override
  public String title() {
    return row.title();
  }

  /**
   * Where the title comes from: the page, or the library's standard reason phrase.
   */
  @Override
  public DocumentedStatus.TitleSource titleSource() {
    return row.titleSource();
  }

  /**
   * The description as published.
   */
  @Override
  public String description() {
    return row.description();
  }

  /**
   * The headers every answer with this status carries, in order.
   */
  @Override
  public Map<String, String> headers() {
    return row.headers();
  }

  /**
   * Whether the row covers {@code code}.
   */
  @Override
  public boolean covers(int code) {
    return row.covers(code);
  }

  /**
   * The status row covering a code.
   *
   * @param code an HTTP status code
   * @return the row covering {@code code}, or empty if the catalog documents none
   */
  public static Optional<PaymentsStatus> of(int code) {
    switch (code) {
      case 400:
        return Optional.of(BAD_REQUEST);
      case 402:
        return Optional.of(REQUEST_FAILED);
      case 403:
        return Optional.of(FORBIDDEN);
      case 500:
      case 501:
      case 502:
      case 503:
      case 504:
      case 505:
      case 506:
      case 507:
      case 508:
      case 509:
      case 510:
      case 511:
      case 512:
      case 513:
      case 514:
      case 515:
      case 516:
      case 517:
      case 518:
      case 519:
      case 520:
      case 521:
      case 522:
      case 523:
      case 524:
      case 525:
      case 526:
      case 527:
      case 528:
      case 529:
      case 530:
      case 531:
      case 532:
      case 533:
      case 534:
      case 535:
      case 536:
      case 537:
      case 538:
      case 539:
      case 540:
      case 541:
      case 542:
      case 543:
      case 544:
      case 545:
      case 546:
      case 547:
      case 548:
      case 549:
      case 550:
      case 551:
      case 552:
      case 553:
      case 554:
      case 555:
      case 556:
      case 557:
      case 558:
      case 559:
      case 560:
      case 561:
      case 562:
      case 563:
      case 564:
      case 565:
      case 566:
      case 567:
      case 568:
      case 569:
      case 570:
      case 571:
      case 572:
      case 573:
      case 574:
      case 575:
      case 576:
      case 577:
      case 578:
      case 579:
      case 580:
      case 581:
      case 582:
      case 583:
      case 584:
      case 585:
      case 586:
      case 587:
      case 588:
      case 589:
      case 590:
      case 591:
      case 592:
      case 593:
      case 594:
      case 595:
      case 596:
      case 597:
      case 598:
      case 599:
        return Optional.of(SERVER_ERROR);
      default: return Optional.empty();
    }
  }
}
