package dev.errorcontract.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each parser takes a value only from the very text the detail renders it as. */
class ArgumentsTest {

  @Test
  void integersOnlyAsToStringWritesThem() {
    assertEquals(0, Arguments.parseInt("0"));
    assertEquals(-5, Arguments.parseInt("-5"));
    assertEquals(Long.MIN_VALUE, Arguments.parseLong(Long.toString(Long.MIN_VALUE)));
    assertEquals((short) 123, Arguments.parseShort("123"));
    assertEquals((byte) -128, Arguments.parseByte("-128"));
    for (String text : new String[] {"", "-", "+5", "05", "-0", "-05", " 5", "5 ", "5.0", "\u0665", "1_000",
        "99999999999"}) {
      assertThrows(IllegalArgumentException.class, () -> Arguments.parseInt(text), text);
    }
    assertThrows(IllegalArgumentException.class, () -> Arguments.parseByte("128"));
  }

  @Test
  void floatingPointOnlyAsToStringWritesIt() {
    assertEquals(1.5, Arguments.parseDouble("1.5"));
    assertEquals(1.0E10f, Arguments.parseFloat("1.0E10"));
    assertEquals(Double.NaN, Arguments.parseDouble("NaN"));
    for (String text : new String[] {"1", "1.50", "1.5d", " 1.5", "0x1p0", "+1.5", "1.5e3", "1.5E3", "12345678.0",
        "0.00001", "01.5", "1.5E+3", "1.5E03", "15.0E2", "1.0E400", "Infinity0"}) {
      assertThrows(IllegalArgumentException.class, () -> Arguments.parseDouble(text), text);
      assertThrows(IllegalArgumentException.class, () -> Arguments.parseFloat(text), text);
    }
  }

  /**
   * JDK 19 changed the digits {@code Double.toString} chooses: what a JDK 17 server wrote, a JDK 25 client
   * reads as the same value, and the other way round (the texts below are JDK 17's and JDK 25's).
   */
  @Test
  void floatingPointWrittenByEitherJdkFamily() {
    assertEquals(2.0E23, Arguments.parseDouble("1.9999999999999998E23"));
    assertEquals(2.0E23, Arguments.parseDouble("2.0E23"));
    assertEquals(8.41E21, Arguments.parseDouble("8.409999999999999E21"));
    assertEquals(8.41E21, Arguments.parseDouble("8.41E21"));
    assertEquals(2.82879384806159E17, Arguments.parseDouble("2.82879384806159008E17"));
    assertEquals(1.0E-5f, Arguments.parseFloat("1.0E-5"));
    assertEquals(-0.0011, Arguments.parseDouble("-0.0011"));
    assertEquals(0.0, Arguments.parseDouble("0.0"));
  }

  @Test
  void otherValuesOnlyIfTheyRenderAsTheText() {
    String id = "123e4567-e89b-12d3-a456-426614174000";
    assertEquals(UUID.fromString(id), Arguments.exact(UUID.fromString(id), id));
    assertThrows(IllegalArgumentException.class, () -> Arguments.exact(UUID.fromString("1-2-3-4-5"), "1-2-3-4-5"));
    assertThrows(IllegalArgumentException.class,
        () -> Arguments.exact(UUID.fromString(id.toUpperCase()), id.toUpperCase()));
    assertThrows(IllegalArgumentException.class, () -> Arguments.exact(new BigInteger("+7"), "+7"));
    assertEquals(true, Arguments.parseBoolean("true"));
    assertThrows(IllegalArgumentException.class, () -> Arguments.parseBoolean("TRUE"));
  }
}
