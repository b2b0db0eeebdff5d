package org.corsgen.processor.rules;

import java.util.HashSet;
import java.util.Set;

import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics on the element, annotation and value they are about, once per (location, rule),
 * and remembers whether any was an error.
 */
public final class Reporter {

    private record Key(Location location, String rule) {
    }

    private final Messager messager;
    private final Set<Key> reported = new HashSet<>();
    private int errors;
    private int warnings;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    void error(Location where, String rule, String message) {
        report(Diagnostic.Kind.ERROR, where, rule, message);
    }

    void warning(Location where, String rule, String message) {
        report(Diagnostic.Kind.WARNING, where, rule, message);
    }

    void report(Diagnostic.Kind kind, Location where, String rule, String message) {
        if (!reported.add(new Key(where, rule))) {
            return;
        }
        if (kind == Diagnostic.Kind.ERROR) {
            errors++;
        } else if (kind == Diagnostic.Kind.WARNING) {
            warnings++;
        }
        if (where.value() != null) {
            messager.printMessage(kind, message, where.element(), where.mirror(), where.value());
        } else if (where.mirror() != null) {
            messager.printMessage(kind, message, where.element(), where.mirror());
        } else if (where.element() != null) {
            messager.printMessage(kind, message, where.element());
        } else {
            messager.printMessage(kind, message);
        }
    }

    /** Reports an error about the processor's options or environment, with no element. */
    public void error(String message) {
        report(Diagnostic.Kind.ERROR, new Location(null, null, null), message, message);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }
}
