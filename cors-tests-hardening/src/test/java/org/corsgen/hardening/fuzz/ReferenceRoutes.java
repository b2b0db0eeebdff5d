package org.corsgen.hardening.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corsgen.runtime.routing.RouteTable;

/**
 * A deliberately naive model of Jakarta REST 3.1 §3.7.2 request matching, for tables without ties: every
 * template becomes a full regular expression R(T) = "/" + template + "(/.*)?" (plain variables
 * {@code ([^/]+)}, explicit ones their own regex, literals percent-encoded with either hex case accepted),
 * every step scans all candidates and keeps the most specific (literal characters, variables, variables with
 * a regex, all descending; sub-resource methods before locators). It shares no code with {@link RouteTable};
 * {@link #table()} builds the real table from the same declarations.
 *
 * <p>Choices the table documents are modelled too: one leading '/' of the path is ignored, matrix parameters
 * are removed, a root that leaves a remainder needs sub-resources, HEAD is served by GET, a matching template
 * whose methods lack the request's method is passed over for a later one that has it (as Jersey and RESTEasy
 * do; until a locator or a root with sub-resources matches), else the first such set answers (405), and a path
 * entering a node but matching nothing gets the node's fallback.
 */
final class ReferenceRoutes {

    private record Template(String source, Pattern regex, int literals, int variables, int regexes) {
        boolean isEmpty() {
            return variables == 0 && literals == 0;
        }

        int compareTo(Template o) {
            if (literals != o.literals) {
                return Integer.compare(o.literals, literals);
            }
            if (variables != o.variables) {
                return Integer.compare(o.variables, variables);
            }
            return Integer.compare(o.regexes, regexes);
        }
    }

    private record Member(boolean locator, Template template, String httpMethod, String value, int target) {
    }

    private record Node(String fallback, List<Member> members) {
        boolean hasChildren() {
            return members.stream().anyMatch(m -> m.locator || !m.template.isEmpty());
        }
    }

    private record Root(Template template, int node) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Root> roots = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    ReferenceRoutes node(String fallback) {
        nodes.add(new Node(fallback, new ArrayList<>()));
        values.add(fallback);
        return this;
    }

    ReferenceRoutes method(String template, String httpMethod, String value) {
        nodes.get(nodes.size() - 1).members.add(new Member(false, compile(template), httpMethod, value, -1));
        values.add(value);
        return this;
    }

    ReferenceRoutes locator(String template, int target) {
        nodes.get(nodes.size() - 1).members.add(new Member(true, compile(template), null, null, target));
        return this;
    }

    ReferenceRoutes root(String template, int node) {
        roots.add(new Root(compile(template), node));
        return this;
    }

    List<String> values() {
        return values;
    }

    RouteTable<String> table() {
        RouteTable.Builder<String> b = RouteTable.builder();
        for (int n = 0; n < nodes.size(); n++) {
            RouteTable.NodeBuilder<String> nb = b.node(n, nodes.get(n).fallback);
            for (Member m : nodes.get(n).members) {
                if (m.locator) {
                    nb.locator(m.template.source, m.target);
                } else {
                    nb.method(m.template.source, m.httpMethod, m.value);
                }
            }
        }
        for (Root r : roots) {
            b.root(r.template.source, r.node);
        }
        return b.build();
    }

    String lookup(String path, String httpMethod) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        String u = "/" + p.replaceAll(";[^/]*", "");

        // phase 1, as Jersey 3.1/4.0 route it (measured by the conformance suite): roots in precedence order;
        // a root whose resource methods match but lack the method is passed over (remembered for a 405) until
        // one serves it or a root with sub-resources matches
        List<Root> ordered = new ArrayList<>(roots);
        ordered.sort((a, b) -> a.template.compareTo(b.template));
        List<Member> refused = null;
        Node node = null;
        String rest = null;
        for (Root r : ordered) {
            Matcher m = r.template.regex.matcher(u);
            if (!m.matches()) {
                continue;
            }
            String tail = m.group(m.groupCount());
            Node candidate = nodes.get(r.node);
            List<Member> resourceMethods = candidate.members.stream()
                    .filter(x -> !x.locator && x.template.isEmpty()).toList();
            if (consumed(tail) && !resourceMethods.isEmpty()) {
                if (serves(resourceMethods, httpMethod)) {
                    return select(resourceMethods, httpMethod);
                }
                if (refused == null) {
                    refused = resourceMethods;
                }
            }
            if (candidate.hasChildren()) {
                if (refused != null) {
                    return select(refused, httpMethod);
                }
                node = candidate;
                rest = tail;
                break;
            }
        }
        if (node == null) {
            return refused == null ? null : select(refused, httpMethod);
        }
        for (int step = 0; step < 10_000; step++) {
            if (consumed(rest)) {
                List<Member> resourceMethods = node.members.stream()
                        .filter(m -> !m.locator && m.template.isEmpty()).toList();
                if (!resourceMethods.isEmpty()) {
                    return select(resourceMethods, httpMethod);
                }
            }
            // phase 2, the same rule over sub-resource method templates (methods before locators on a tie)
            List<Member> candidates = new ArrayList<>();
            for (Member c : node.members) {
                if (c.locator || !c.template.isEmpty()) {
                    candidates.add(c);
                }
            }
            candidates.sort((a, b) -> {
                int order = a.template.compareTo(b.template);
                return order != 0 ? order : Boolean.compare(a.locator, b.locator);
            });
            String text = rest == null ? "" : rest;
            Member locator = null;
            String locatorRest = null;
            refused = null;
            List<String> tried = new ArrayList<>();
            for (Member c : candidates) {
                if (!c.locator && tried.contains(c.template.source)) {
                    continue;
                }
                Matcher m = c.template.regex.matcher(text);
                if (!m.matches()) {
                    continue;
                }
                String tail = m.group(m.groupCount());
                if (c.locator) {
                    locator = c;
                    locatorRest = tail;
                    break;
                }
                if (!consumed(tail)) {
                    continue;
                }
                tried.add(c.template.source);
                String source = c.template.source;
                List<Member> group = node.members.stream()
                        .filter(x -> !x.locator && x.template.source.equals(source)).toList();
                if (serves(group, httpMethod)) {
                    return select(group, httpMethod);
                }
                if (refused == null) {
                    refused = group;
                }
            }
            if (refused != null) {
                return select(refused, httpMethod);
            }
            if (locator == null) {
                return node.fallback;
            }
            node = nodes.get(locator.target);
            rest = locatorRest;
        }
        throw new AssertionError("the model looped on " + path);
    }

    /** Whether a set of methods serves the request's method: HEAD is served by GET, OPTIONS always. */
    private static boolean serves(List<Member> methods, String httpMethod) {
        if ("OPTIONS".equals(httpMethod)) {
            return true;
        }
        for (Member m : methods) {
            if (m.httpMethod.equals(httpMethod) || ("HEAD".equals(httpMethod) && m.httpMethod.equals("GET"))) {
                return true;
            }
        }
        return false;
    }

    private static String select(List<Member> methods, String httpMethod) {
        for (Member m : methods) {
            if (m.httpMethod.equals(httpMethod)) {
                return m.value;
            }
        }
        if ("HEAD".equals(httpMethod)) {
            for (Member m : methods) {
                if (m.httpMethod.equals("GET")) {
                    return m.value;
                }
            }
        }
        return methods.get(0).value;
    }

    private static boolean consumed(String tail) {
        return tail == null || tail.isEmpty() || tail.equals("/");
    }

    /** R(T) and the sort key of a template; supports literals, {name} and {name: regex} without nested braces. */
    private static Template compile(String source) {
        String t = source.startsWith("/") ? source.substring(1) : source;
        int literals = 0;
        int variables = 0;
        int regexes = 0;
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '{') {
                int end = t.indexOf('}', i);
                String inside = t.substring(i + 1, end);
                int colon = inside.indexOf(':');
                variables++;
                if (colon >= 0 && !inside.substring(colon + 1).isBlank()) {
                    regexes++;
                    regex.append('(').append(inside.substring(colon + 1).strip()).append(')');
                } else {
                    regex.append("([^/]+)");
                }
                i = end + 1;
            } else {
                literals++;
                if (c == '/' && i == t.length() - 1) {
                    i++;
                    continue; // a trailing '/' counts, but R(T) drops it
                }
                regex.append(encodedLiteral(c));
                i++;
            }
        }
        String full = regex.length() == 0 ? "(/.*)?" : "/" + regex + "(/.*)?";
        return new Template(source, Pattern.compile(full), literals, variables, regexes);
    }

    private static String encodedLiteral(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
            return Pattern.quote(String.valueOf(c));
        }
        StringBuilder b = new StringBuilder();
        for (byte x : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
            String hex = String.format("%02X", x & 0xff);
            b.append('%');
            for (char h : hex.toCharArray()) {
                b.append(Character.isLetter(h) ? "[" + h + Character.toLowerCase(h) + "]" : String.valueOf(h));
            }
        }
        return b.toString();
    }
}
