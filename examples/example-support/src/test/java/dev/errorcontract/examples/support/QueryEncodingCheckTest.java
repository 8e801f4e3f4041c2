package dev.errorcontract.examples.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryEncodingCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "a=1", "a=%20b", "x=%E0%A4%A4", "%41%42", "a=%aF&b=%00", "100%25"})
  void acceptsWellFormedEscapes(String query) {
    assertTrue(QueryEncodingCheck.hasValidEscapes(query), query);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%", "a=%", "a=%2", "a=%zz", "a=%2g", "a=%%41", "a=%41%4"})
  void rejectsBrokenEscapes(String query) {
    assertFalse(QueryEncodingCheck.hasValidEscapes(query), query);
  }
}
