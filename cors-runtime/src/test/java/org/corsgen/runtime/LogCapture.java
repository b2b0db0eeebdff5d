package org.corsgen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Captures what corsgen logs through {@link System.Logger}: with no other {@code LoggerFinder} installed,
 * the JDK sends it to {@code java.util.logging}, so a handler on the {@code org.corsgen} logger sees every
 * record ({@code DEBUG} arrives as {@link Level#FINE}). Close it to restore the logger.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new ArrayList<>();

    /** @param level the lowest level to capture, and the logger's level while capturing */
    LogCapture(Level level) {
        this.logger = Logger.getLogger(CorsStartup.LOGGER);
        this.previousLevel = logger.getLevel();
        logger.setLevel(level);
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** @return the messages logged at exactly {@code level} */
    synchronized List<String> at(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage)
                .collect(Collectors.toList());
    }

    synchronized List<String> all() {
        return records.stream().map(r -> r.getLevel() + " " + r.getMessage()).collect(Collectors.toList());
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
