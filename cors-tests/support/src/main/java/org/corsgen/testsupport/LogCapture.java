package org.corsgen.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Captures what corsgen logs through {@link System.Logger} (logger {@value #LOGGER}): with no other
 * {@code LoggerFinder} installed, the JDK sends it to {@code java.util.logging}, so a handler on that logger sees
 * every record ({@code DEBUG} arrives as {@link Level#FINE}, {@code INFO} as {@link Level#INFO}). Close it to
 * restore the logger.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** The logger corsgen's runtime and generated code log to ({@code CorsStartup.LOGGER}). */
    public static final String LOGGER = "org.corsgen";

    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new ArrayList<>();

    /** @param level the lowest level to capture, and the logger's level while capturing */
    public LogCapture(Level level) {
        this.logger = Logger.getLogger(LOGGER);
        this.previousLevel = logger.getLevel();
        logger.setLevel(level);
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** @return the messages logged at exactly {@code level}, in order */
    public synchronized List<String> at(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage)
                .collect(Collectors.toList());
    }

    /** @return every message, each after its level, in order */
    public synchronized List<String> all() {
        return records.stream().map(r -> r.getLevel() + " " + r.getMessage()).collect(Collectors.toList());
    }

    /** Forgets the records at exactly {@code level}, keeping the others. */
    public synchronized void clear(Level level) {
        records.removeIf(r -> r.getLevel().equals(level));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
