package org.corsgen.hardening.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent, deliberately simple model of the documented origin rule (README "Origins", OriginMatcher's
 * class comment), written with regular expressions so that it shares no code with the real matcher:
 * <ul>
 *   <li>{@code "*"}: every value;</li>
 *   <li>an exact origin: byte-for-byte equality;</li>
 *   <li>{@code scheme://*.base}: the same scheme, then one or more LDH labels (a-z, 0-9, '-', 1-63 characters,
 *       no '-' at either end) each followed by '.', then exactly {@code base}, a host of at most 253 characters;</li>
 *   <li>a port: none written means none allowed, {@code :N} means exactly {@code :N}, {@code :*} means none or a
 *       decimal 1-65535 without leading zeros that is not the scheme's default;</li>
 *   <li>nothing longer than 1024 characters, and nothing empty, is ever allowed.</li>
 * </ul>
 */
final class ReferenceOrigins {

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    private final boolean any;
    private final List<String> exact = new ArrayList<>();
    private final List<PatternRule> patterns = new ArrayList<>();

    private record PatternRule(Pattern regex, boolean anyPort, int defaultPort) {
    }

    ReferenceOrigins(List<String> configured) {
        this.any = configured.contains("*");
        for (String c : configured) {
            if ("*".equals(c)) {
                continue;
            }
            if (c.indexOf('*') < 0) {
                exact.add(c);
                continue;
            }
            int sep = c.indexOf("://");
            String scheme = c.substring(0, sep);
            String rest = c.substring(sep + 3);
            int colon = rest.lastIndexOf(':');
            String host = colon < 0 ? rest : rest.substring(0, colon);
            String port = colon < 0 ? null : rest.substring(colon + 1);
            boolean wildcard = host.startsWith("*.");
            String hostRegex = wildcard ? "((?:" + LABEL + "\\.)+" + Pattern.quote(host.substring(2)) + ")"
                    : "(" + Pattern.quote(host) + ")";
            boolean anyPort = "*".equals(port);
            String portRegex = port == null ? "()" : anyPort ? "(?::([1-9][0-9]{0,4}))?" : ":(" + Pattern.quote(port) + ")";
            patterns.add(new PatternRule(Pattern.compile(Pattern.quote(scheme + "://") + hostRegex + portRegex),
                    anyPort, "https".equals(scheme) ? 443 : 80));
        }
    }

    boolean allows(String origin) {
        if (origin == null) {
            return false;
        }
        if (any) {
            return true;
        }
        if (origin.isEmpty() || origin.length() > 1024) {
            return false;
        }
        if (exact.contains(origin)) {
            return true;
        }
        for (PatternRule p : patterns) {
            Matcher m = p.regex.matcher(origin);
            if (!m.matches() || m.group(1).length() > 253) {
                continue;
            }
            if (p.anyPort && m.group(2) != null) {
                int port = Integer.parseInt(m.group(2));
                if (port > 65535 || port == p.defaultPort) {
                    continue;
                }
            }
            return true;
        }
        return false;
    }
}
