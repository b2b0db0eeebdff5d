package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RouteTable} written as text, one line per {@link RouteTable.Builder} call: the form in which the
 * generated filter holds its routes (a few string constants compile much faster than one statement per
 * route), read once, at class initialisation, by {@link #parse}.
 *
 * <pre>
 * node 0 P0 "* /orders (no method matches)"
 * method "" GET P1 "GET /orders"
 * method {id} GET P0 "GET /orders/{id}"
 * locator {id}/items 1
 * opaque dyn P2 "* /orders/dyn/... (locator)"
 * node 1 -
 * method {item} DELETE P2 "DELETE /orders/{id}/items/{item}"
 * root /orders 0 com.example.Orders
 * </pre>
 *
 * <ul>
 *   <li>{@code node <index> <value>} declares a node ({@link RouteTable.Builder#node}); the {@code method},
 *       {@code locator} and {@code opaque} lines after it belong to it
 *       ({@link RouteTable.NodeBuilder#method}, {@link RouteTable.NodeBuilder#locator},
 *       {@link RouteTable.NodeBuilder#opaqueLocator}), in order;</li>
 *   <li>{@code root <template> <node> [<class>]} adds a root ({@link RouteTable.Builder#root}), with the binary
 *       name of its class if given;</li>
 *   <li>a value is {@code -} for none ({@code null}) or {@code P<k> <label>}: the {@link Values} give the
 *       value of policy {@code k} for the route {@code label};</li>
 *   <li>a template, HTTP method or label is written bare when it is not empty and has no space, quote,
 *       backslash or control character, otherwise in double quotes, in which {@code \"} stands for
 *       {@code "} and {@code \\} for {@code \} (nothing else is escaped);</li>
 *   <li>tokens are separated by one space, lines by {@code \n} (outside quotes); empty lines are ignored. A
 *       table may come in several parts (string constants are limited to 64 KB), each made of whole lines.</li>
 * </ul>
 *
 * {@link Rows} writes this format, so the processor and this class share it.
 */
public final class RouteTableText {

    /**
     * The values of a table's {@code P<k> <label>} entries.
     *
     * @param <P> the value type
     */
    @FunctionalInterface
    public interface Values<P> {
        /**
         * @param policy the {@code k} of {@code P<k>}
         * @param label the route, e.g. {@code GET /orders/{id}}
         * @return the value of that route
         * @throws IllegalArgumentException if there is no policy {@code k}
         */
        P value(int policy, String label);
    }

    private RouteTableText() {
    }

    /**
     * Receives the {@code handler} lines: which value the resource method that the container reports
     * ({@code ResourceInfo}) has.
     *
     * @param <P> the value type
     */
    @FunctionalInterface
    public interface Handlers {
        /**
         * @param key {@code <class binary name>#<method name>(<parameter type names, comma-separated>)}, the
         *     parameter types as {@code Class.getTypeName()} writes them
         * @param policy the {@code k} of the method's {@code P<k>}, or {@code -1} for a method without a value
         * @param label the route the method serves, e.g. {@code GET /orders/{id}} ({@code null} without a value)
         */
        void handler(String key, int policy, String label);
    }

    /**
     * @param values the values of the {@code P<k>} entries
     * @param parts the table, in parts of whole lines
     * @return the table, built with {@link RouteTable.Builder} (where the container may run either of two
     *     methods, the value is kept only if equal); {@code handler} lines are read and dropped
     * @throws IllegalArgumentException for a malformed line (naming its part and line), and for everything
     *     {@link RouteTable.Builder#build()} refuses
     */
    public static <P> RouteTable<P> parse(Values<P> values, String... parts) {
        RouteTable.Builder<P> builder = RouteTable.builder();
        parseInto(builder, 0, values, (key, policy, label) -> { }, parts);
        return builder.build();
    }

    /**
     * Reads a table into a builder that may hold the tables of other modules: every node index of this
     * table is shifted by {@code nodeOffset}.
     *
     * @param builder where the nodes and roots go
     * @param nodeOffset added to every node index of this table
     * @param values the values of the {@code P<k>} entries
     * @param handlers receives each {@code handler} line
     * @param parts the table, in parts of whole lines
     * @return one more than the greatest node index this table declares, shifted ({@code nodeOffset} for none)
     * @throws IllegalArgumentException for a malformed line, naming its part and line
     */
    public static <P> int parseInto(RouteTable.Builder<P> builder, int nodeOffset, Values<P> values,
            Handlers handlers, String... parts) {
        RouteTable.NodeBuilder<P> node = null;
        int end = nodeOffset;
        for (int part = 0; part < parts.length; part++) {
            Reader r = new Reader(parts[part], part);
            while (r.nextLine()) {
                String keyword = r.word();
                switch (keyword) {
                    case "node" -> {
                        int index = r.integer();
                        if (index < 0) {
                            throw r.error("negative node index " + index);
                        }
                        node = builder.node(nodeOffset + index, r.value(values));
                        end = Math.max(end, nodeOffset + index + 1);
                    }
                    case "method" -> {
                        String template = r.string();
                        String httpMethod = r.string();
                        r.requireNode(node).method(template, httpMethod, r.value(values));
                    }
                    case "locator" -> {
                        String template = r.string();
                        List<Integer> targets = new ArrayList<>();
                        targets.add(nodeOffset + r.integer());
                        while (r.hasMore()) {
                            targets.add(nodeOffset + r.integer());
                        }
                        r.requireNode(node).locator(template, targets.stream().mapToInt(Integer::intValue).toArray());
                    }
                    case "opaque" -> {
                        String template = r.string();
                        r.requireNode(node).opaqueLocator(template, r.value(values));
                    }
                    case "root" -> {
                        String template = r.string();
                        int index = r.integer();
                        builder.root(template, nodeOffset + index, r.hasMore() ? r.string() : null);
                    }
                    case "handler" -> {
                        String type = r.string();
                        String method = r.string();
                        String parameters = r.string();
                        String key = type + "#" + method + "(" + parameters + ")";
                        int policy = r.policyIndex();
                        handlers.handler(key, policy, policy < 0 ? null : r.string());
                    }
                    default -> throw r.error("unknown line kind \"" + keyword + "\"");
                }
                r.endOfLine();
            }
        }
        return end;
    }

    /** Reads one part, line by line and token by token. */
    private static final class Reader {
        private final String text;
        private final int part;
        private int pos;
        private int lineStart;

        Reader(String text, int part) {
            this.text = text;
            this.part = part;
        }

        /** @return whether there is another non-empty line; positions at its start */
        boolean nextLine() {
            while (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            lineStart = pos;
            return pos < text.length();
        }

        /** @return whether the line has another token */
        boolean hasMore() {
            return pos < text.length() && text.charAt(pos) == ' ';
        }

        void endOfLine() {
            if (pos < text.length() && text.charAt(pos) != '\n') {
                throw error("unexpected text after the last value");
            }
        }

        /** Skips the one space before every token but a line's first. */
        private void separator() {
            if (pos > lineStart) {
                if (pos >= text.length() || text.charAt(pos) != ' ') {
                    throw error("a value is missing");
                }
                pos++;
            }
        }

        String word() {
            separator();
            int start = pos;
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw error(pos < text.length() && text.charAt(pos) == '"' ? "a quoted value where a word belongs"
                        : "a value is missing");
            }
            return text.substring(start, pos);
        }

        String string() {
            separator();
            if (pos < text.length() && text.charAt(pos) == '"') {
                StringBuilder b = new StringBuilder();
                pos++;
                while (true) {
                    if (pos >= text.length()) {
                        throw error("a quoted value is not closed");
                    }
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        return b.toString();
                    }
                    if (c == '\\') {
                        char next = pos < text.length() ? text.charAt(pos) : 0;
                        if (next != '"' && next != '\\') {
                            throw error("in quotes, \\ must be followed by \" or \\");
                        }
                        pos++;
                        c = next;
                    }
                    b.append(c);
                }
            }
            // bare: the separator is already consumed
            int start = pos;
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw error("a value is missing");
            }
            return text.substring(start, pos);
        }

        int integer() {
            String w = word();
            try {
                return Integer.parseInt(w);
            } catch (NumberFormatException e) {
                throw error("\"" + w + "\" is not a number");
            }
        }

        <P> P value(Values<P> values) {
            int policy = policyIndex();
            return policy < 0 ? null : values.value(policy, string());
        }

        /** @return the {@code k} of a {@code P<k>} (its label follows), or {@code -1} for {@code -} */
        int policyIndex() {
            String w = word();
            if (w.equals("-")) {
                return -1;
            }
            int policy;
            try {
                policy = w.charAt(0) == 'P' ? Integer.parseInt(w.substring(1)) : -1;
            } catch (NumberFormatException e) {
                policy = -1;
            }
            if (policy < 0) {
                throw error("\"" + w + "\" is neither - nor P<number>");
            }
            return policy;
        }

        <P> RouteTable.NodeBuilder<P> requireNode(RouteTable.NodeBuilder<P> node) {
            if (node == null) {
                throw error("a method or locator before the first node");
            }
            return node;
        }

        IllegalArgumentException error(String problem) {
            int line = 1;
            for (int i = 0; i < lineStart; i++) {
                line += text.charAt(i) == '\n' ? 1 : 0;
            }
            int end = text.indexOf('\n', lineStart);
            String shown = text.substring(lineStart, end < 0 ? text.length() : end);
            return new IllegalArgumentException("route table, part " + part + ", line " + line + ": " + problem
                    + ": " + (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown));
        }
    }

    /** @return whether {@code c} may appear in a bare token */
    static boolean isWordChar(char c) {
        return c > ' ' && c != '"' && c != '\\' && c != 0x7f && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c) && !Character.isISOControl(c);
    }

    /**
     * Writes the lines of a table, in the order of the {@link RouteTable.Builder} calls they stand for
     * (each method, locator and opaque line after its node's line). A policy index below 0 means no value.
     */
    public static final class Rows {

        private final List<String> lines = new ArrayList<>();

        /** {@code node <index> <value>}. */
        public Rows node(int index, int policy, String label) {
            lines.add(value(new StringBuilder("node ").append(index), policy, label).toString());
            return this;
        }

        /** {@code method <template> <httpMethod> <value>}. */
        public Rows method(String template, String httpMethod, int policy, String label) {
            StringBuilder b = new StringBuilder("method ");
            string(b, template).append(' ');
            string(b, httpMethod);
            lines.add(value(b, policy, label).toString());
            return this;
        }

        /** {@code locator <template> <node> [<node>...]}: the classes the locator may return. */
        public Rows locator(String template, int... nodes) {
            StringBuilder b = string(new StringBuilder("locator "), template);
            for (int n : nodes) {
                b.append(' ').append(n);
            }
            lines.add(b.toString());
            return this;
        }

        /**
         * {@code handler <class> <method> <parameters> <value>}: the value of a resource method as the
         * container reports it, by the binary name of the resource class, the method's name and its
         * parameter types ({@code Class.getTypeName()}, comma-separated, {@code ""} for none).
         */
        public Rows handler(String binaryName, String method, String parameters, int policy, String label) {
            StringBuilder b = string(new StringBuilder("handler "), binaryName).append(' ');
            string(b, method).append(' ');
            string(b, parameters);
            lines.add(value(b, policy, label).toString());
            return this;
        }

        /** {@code opaque <template> <value>}. */
        public Rows opaqueLocator(String template, int policy, String label) {
            lines.add(value(string(new StringBuilder("opaque "), template), policy, label).toString());
            return this;
        }

        /** {@code root <template> <node>}. */
        public Rows root(String template, int node) {
            lines.add(string(new StringBuilder("root "), template).append(' ').append(node).toString());
            return this;
        }

        /** {@code root <template> <node> <class>}: the root class named by its binary name. */
        public Rows root(String template, int node, String binaryName) {
            StringBuilder b = string(new StringBuilder("root "), template).append(' ').append(node).append(' ');
            lines.add(string(b, binaryName).toString());
            return this;
        }

        /** @return the lines so far, without line breaks (a quoted value may contain one) */
        public List<String> lines() {
            return List.copyOf(lines);
        }

        private static StringBuilder value(StringBuilder b, int policy, String label) {
            if (policy < 0) {
                return b.append(" -");
            }
            return string(b.append(" P").append(policy).append(' '), label);
        }

        private static StringBuilder string(StringBuilder b, String s) {
            boolean bare = !s.isEmpty() && !s.equals("-");
            for (int i = 0; bare && i < s.length(); i++) {
                bare = isWordChar(s.charAt(i));
            }
            if (bare) {
                return b.append(s);
            }
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
            return b.append('"');
        }
    }
}
