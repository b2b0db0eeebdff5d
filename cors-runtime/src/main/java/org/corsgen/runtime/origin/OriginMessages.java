package org.corsgen.runtime.origin;

import java.util.ArrayList;
import java.util.List;

import org.corsgen.runtime.rules.Quote;

/**
 * Writes the problems of a value: each message quotes the value, says what is wrong, and ends with the fix
 * ({@code browsers send "..."} or {@code write "..."}), or with a general hint where none can be computed.
 */
final class OriginMessages {

    private static final String HINT =
            "write scheme://host[:port] exactly as browsers send it, e.g. \"https://app.example.com\"";

    private OriginMessages() {
    }

    /**
     * @param parsed the value as read
     * @param fix the corrected value ({@link OriginFix}), or {@code null}
     * @return one problem per finding, in order
     */
    static List<OriginProblem> problems(OriginParser parsed, String fix) {
        List<OriginProblem> out = new ArrayList<>();
        String value = parsed.value();
        for (OriginFinding f : parsed.findings()) {
            String msg = "origin " + Quote.of(value) + " " + f.what;
            if (!f.selfContained) {
                String verb = f.write || parsed.isPattern() ? "write " : "browsers send ";
                msg += fix == null ? "; " + HINT : "; " + verb + Quote.of(fix);
            }
            out.add(new OriginProblem(f.severity, f.rule, value, msg));
        }
        return List.copyOf(out);
    }
}
