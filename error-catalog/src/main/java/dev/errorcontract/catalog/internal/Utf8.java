package dev.errorcontract.catalog.internal;

/** Decoding of one multi-byte UTF-8 sequence (RFC 3629), shared by the exact and the tolerant reader. */
final class Utf8 {

  private Utf8() {}

  /**
   * Decodes the multi-byte sequence at {@code i} (before {@code to}) into {@code text}: its length, or
   * -1 if it is not well-formed (overlong, a surrogate, past U+10FFFF, cut off) or is a four-byte
   * sequence where {@code fourBytes} is false.
   */
  static int decode(byte[] bytes, int i, int to, boolean fourBytes, StringBuilder text) {
    int sequence = sequence(bytes, i, to, fourBytes);
    if (sequence < 0) {
      return -1;
    }
    text.appendCodePoint(sequence & 0x1FFFFF);
    return sequence >>> 21;
  }

  /**
   * The multi-byte sequence at {@code i} (before {@code to}), checked as {@link #decode} checks it but
   * not appended anywhere: its length shifted left by 21 bits, or'ed with its code point; -1 if it is not
   * well-formed or is a four-byte sequence where {@code fourBytes} is false.
   */
  static int sequence(byte[] bytes, int i, int to, boolean fourBytes) {
    int b = bytes[i] & 0xFF;
    int count;
    int min;
    int code;
    if (b >= 0xC2 && b <= 0xDF) {
      count = 2;
      min = 0x80;
      code = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      count = 3;
      min = 0x800;
      code = b & 0x0F;
    } else if (fourBytes && b >= 0xF0 && b <= 0xF4) {
      count = 4;
      min = 0x10000;
      code = b & 0x07;
    } else {
      return -1;
    }
    if (i + count > to) {
      return -1;
    }
    for (int k = 1; k < count; k++) {
      int c = bytes[i + k] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        return -1;
      }
      code = code << 6 | c & 0x3F;
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return -1;
    }
    return count << 21 | code;
  }
}
