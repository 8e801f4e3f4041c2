package dev.errorcontract.benchmarks;

import java.io.OutputStream;

/**
 * Where the benchmarks write response bodies: counts the bytes and keeps the last one, so the writes
 * cannot be optimised away, and allocates nothing. Stands for the container's output stream.
 */
final class Sink extends OutputStream {

  long count;
  int last;

  @Override
  public void write(int b) {
    count++;
    last = b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
    if (len > 0) {
      last = b[off + len - 1];
    }
  }

  /** Starts over; returns what was written since the last reset, for checks. */
  long reset() {
    long written = count;
    count = 0;
    return written;
  }
}
