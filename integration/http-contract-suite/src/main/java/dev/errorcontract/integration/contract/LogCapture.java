package dev.errorcontract.integration.contract;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a {@code java.util.logging} logger of the library wrote, for runtimes whose server runs in the
 * test's JVM: an adapter opens one in its start-up and answers {@link HttpContractSuite#logged} with
 * {@link #textFor}. Runtimes in another process read their server's log instead.
 */
public final class LogCapture implements AutoCloseable {

  /** Held: java.util.logging keeps loggers weakly, and a collected one would lose the handler. */
  private final Logger logger;
  private final Level previous;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private LogCapture(String name) {
    this.logger = Logger.getLogger(name);
    this.previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  /** Starts recording what the logger {@code name} (and its children) write. */
  public static LogCapture of(String name) {
    return new LogCapture(name);
  }

  /** The records so far. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /**
   * Every record naming {@code text} in its message, written out with its level, message and the
   * whole stack trace of its throwable; null when there is none.
   */
  public String textFor(String text) {
    StringBuilder found = new StringBuilder();
    for (LogRecord record : records) {
      String message = String.valueOf(record.getMessage());
      if (!message.contains(text)) {
        continue;
      }
      found.append(record.getLevel()).append(' ').append(message).append('\n');
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        found.append(trace);
      }
    }
    return found.length() == 0 ? null : found.toString();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previous);
  }
}
