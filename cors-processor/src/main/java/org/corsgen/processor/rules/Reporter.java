package org.corsgen.processor.rules;

import java.util.HashSet;
import java.util.Set;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

import org.corsgen.runtime.rules.Problem;

/**
 * Prints diagnostics on the element, annotation and value they are about, once per (location, rule), each
 * as {@code [corsgen:<rule>] <message>}, and remembers whether any was an error. A warning is left out when
 * its element or an enclosing one (the class, an outer class) carries
 * {@code @SuppressWarnings("corsgen:<rule>")} or {@code @SuppressWarnings("corsgen")}; an error never is.
 */
public final class Reporter {

    /** The rule id of errors about the processor's options, which are about no element. */
    static final String OPTION_RULE = "option";

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

    /** Reports a problem of the rulebook, as an error or a warning as it says. */
    void report(Location where, Problem p) {
        report(p.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING, where, p.rule(), p.message());
    }

    void report(Diagnostic.Kind kind, Location where, String rule, String message) {
        print(kind, where, rule, message, new Key(where, rule));
    }

    private void print(Diagnostic.Kind kind, Location where, String rule, String message, Key key) {
        if (kind == Diagnostic.Kind.WARNING && Suppression.silences(where.element(), rule)) {
            return;
        }
        if (!reported.add(key)) {
            return;
        }
        if (kind == Diagnostic.Kind.ERROR) {
            errors++;
        } else if (kind == Diagnostic.Kind.WARNING) {
            warnings++;
        }
        String text = Problem.diagnostic(rule, message);
        Element element = where.element();
        if (where.value() != null) {
            messager.printMessage(kind, text, element, where.mirror(), where.value());
        } else if (where.mirror() != null) {
            messager.printMessage(kind, text, element, where.mirror());
        } else if (element != null) {
            messager.printMessage(kind, text, element);
        } else {
            messager.printMessage(kind, text);
        }
    }

    /** Reports an error about the processor's options or environment, with no element. */
    public void error(String message) {
        Location nowhere = new Location(null, null, null);
        print(Diagnostic.Kind.ERROR, nowhere, OPTION_RULE, message, new Key(nowhere, message));
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
