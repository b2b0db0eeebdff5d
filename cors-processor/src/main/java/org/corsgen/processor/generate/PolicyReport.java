package org.corsgen.processor.generate;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.Describe;
import org.corsgen.processor.model.NarrowedRoutes;
import org.corsgen.processor.model.Node;
import org.corsgen.processor.model.PolicyChain;
import org.corsgen.processor.model.PolicyDefaults;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.ResolvedPolicy;
import org.corsgen.processor.model.RouteEntry;
import org.corsgen.processor.model.RouteGraph;
import org.corsgen.runtime.origin.OriginPlaceholder;
import org.corsgen.runtime.rules.Quote;

/**
 * The policy report for reviewers: every route that has a CORS policy (HTTP method and path template, or
 * the paths a fallback or an opaque locator covers), its effective policy with the defaults filled in,
 * where each value came from (package, class or method, or the default), and the {@code ${...}}
 * placeholders resolved at start-up. Written to the class output as
 * {@code META-INF/corsgen/<package>.<Name>.json} and, the same data as tables,
 * {@code META-INF/corsgen/<package>.<Name>.md}; with {@code -Acorsgen.report=summary} also printed as
 * compiler notes. Routes are sorted by path, then kind, then HTTP method, so the files diff cleanly.
 */
public final class PolicyReport {

    /** {@code -Acorsgen.report=summary}: print the report's summary as compiler notes. */
    public static final String OPTION = "corsgen.report";
    static final String SUMMARY = "summary";
    static final String DIRECTORY = "META-INF/corsgen/";

    /** One route of the report. */
    private record Route(String method, String path, String match, String resource, PolicyUse use,
            ResolvedPolicy policy) {

        int kindOrder() {
            return use.kind() == PolicyUse.Kind.METHOD ? 0 : use.kind() == PolicyUse.Kind.OPAQUE_LOCATOR ? 1 : 2;
        }

        String label() {
            return RouteLabel.of(use, method);
        }
    }

    private final GeneratedNames names;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, OriginPlaceholder> placeholders = new TreeMap<>();
    /** {@code GET /neg}: why its preflight gets the narrowest of several policies. */
    private final Map<String, String> narrowed = new TreeMap<>();

    private PolicyReport(GeneratedNames names, RouteGraph graph) {
        this.names = names;
        for (NarrowedRoutes.Narrowed n : NarrowedRoutes.of(graph)) {
            List<String> methods = new ArrayList<>();
            n.methods().forEach(e -> methods.add(Describe.method(e.method().element())));
            narrowed.merge(n.httpMethod() + " " + n.path(), (n.reason() == NarrowedRoutes.Reason.MEDIA_TYPES
                    ? "methods that differ only in @Consumes/@Produces: " : "the locator may return a subclass: ")
                    + String.join(", ", methods), (a, b) -> a + "; " + b);
        }
        for (Node node : graph.nodes()) {
            if (node.fallback() != null) {
                add("*", node.fallback(), "no resource method matches (404, 405)", node.resource().qualifiedName());
            }
            for (RouteEntry e : node.entries()) {
                if (e.policy() == null) {
                    continue;
                }
                String resource = Describe.method(e.policy().method());
                if (e.kind() == RouteEntry.Kind.METHOD) {
                    add(e.httpMethod(), e.policy(), "resource method", resource);
                } else {
                    add("*", e.policy(), "every path below a locator whose resource class is unknown", resource);
                }
            }
        }
        routes.sort(Comparator.comparing(Route::path).thenComparingInt(Route::kindOrder)
                .thenComparing(Route::method));
    }

    private void add(String method, PolicyUse use, String match, String resource) {
        ResolvedPolicy policy = PolicyDefaults.resolve(use);
        for (String origin : policy.origins()) {
            if (OriginPlaceholder.isPlaceholder(origin)) {
                placeholders.put(origin, OriginPlaceholder.parse(origin));
            }
        }
        routes.add(new Route(method, use.path(), match, resource, use, policy));
    }

    /** @return the report of {@code graph}, whose policies passed every check */
    public static PolicyReport of(GeneratedNames names, RouteGraph graph) {
        return new PolicyReport(names, graph);
    }

    /** @return the problems with {@code -Acorsgen.report} (empty when valid or absent), each a full message */
    public static List<String> validate(Map<String, String> options) {
        String value = options.get(OPTION);
        if (value == null || SUMMARY.equals(value)) {
            return List.of();
        }
        return List.of("option -A" + OPTION + "=" + value + " is not known; write -A" + OPTION + "=" + SUMMARY
                + " to print the policy report as compiler notes (the report files are always written)");
    }

    /** @return whether the options ask for the summary notes */
    public static boolean summaryRequested(Map<String, String> options) {
        return SUMMARY.equals(options.get(OPTION));
    }

    /** @return e.g. {@code META-INF/corsgen/com.example.shop.Shop.json} */
    public String jsonPath() {
        return DIRECTORY + names.packageName() + "." + names.baseName() + ".json";
    }

    /** @return e.g. {@code META-INF/corsgen/com.example.shop.Shop.md} */
    public String markdownPath() {
        return DIRECTORY + names.packageName() + "." + names.baseName() + ".md";
    }

    /** Writes both files into the class output. */
    public void write(Filer filer, List<? extends Element> originating) throws IOException {
        writeResource(filer, jsonPath(), json(), originating);
        writeResource(filer, markdownPath(), markdown(), originating);
    }

    private static void writeResource(Filer filer, String path, String content, List<? extends Element> originating)
            throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
                originating.toArray(new Element[0]));
        try (Writer w = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            w.write(content);
        }
    }

    // ---- JSON ------------------------------------------------------------------------------------

    /** @return the report as JSON: two-space indentation, keys in a fixed order, a final newline */
    public String json() {
        Map<ResolvedPolicy, String> policies = new HashMap<>();
        Map<List<Object>, String> froms = new HashMap<>();
        StringBuilder b = new StringBuilder(1024 + routes.size() * 1024).append("{\n"); // about 1 KB a route
        b.append("  \"filter\": ").append(str(names.filter().canonicalName())).append(",\n");
        b.append("  \"feature\": ").append(str(names.feature().canonicalName())).append(",\n");
        b.append("  \"placeholders\": [");
        int i = 0;
        for (OriginPlaceholder p : placeholders.values()) {
            b.append(i++ == 0 ? "\n" : ",\n");
            b.append("    {\n");
            b.append("      \"placeholder\": ").append(str(p.text())).append(",\n");
            b.append("      \"name\": ").append(str(p.name())).append(",\n");
            b.append("      \"lookup\": ").append(strings(List.of("system property " + p.name(),
                    "environment variable " + p.name()))).append(",\n");
            b.append("      \"default\": ").append(p.hasDefault() ? strings(OriginPlaceholder.split(p.defaultValue()))
                    : "null").append(",\n");
            b.append("      \"routes\": ").append(routesUsing(p)).append('\n');
            b.append("    }");
        }
        b.append(i == 0 ? "],\n" : "\n  ],\n");
        b.append("  \"routes\": [");
        i = 0;
        for (Route r : routes) {
            b.append(i++ == 0 ? "\n" : ",\n");
            ResolvedPolicy p = r.policy();
            b.append("    {\n");
            b.append("      \"method\": ").append(str(r.method())).append(",\n");
            b.append("      \"path\": ").append(str(r.path())).append(",\n");
            b.append("      \"match\": ").append(str(r.match())).append(",\n");
            b.append("      \"resource\": ").append(str(r.resource())).append(",\n");
            // routes share policies and chains: each distinct block is rendered once
            b.append(policies.computeIfAbsent(p, PolicyReport::policyJson));
            b.append(froms.computeIfAbsent(fromKey(r), k -> fromJson(r)));
            b.append("    }");
        }
        b.append(i == 0 ? "]\n" : "\n  ]\n");
        return b.append("}\n").toString();
    }

    /** @return the route's {@code "policy"} object */
    private static String policyJson(ResolvedPolicy p) {
        return "      \"policy\": {\n"
                + "        \"origins\": " + strings(p.origins()) + ",\n"
                + "        \"credentials\": " + p.credentials() + ",\n"
                + "        \"methods\": " + strings(p.methods()) + ",\n"
                + "        \"allowedHeaders\": " + strings(p.allowedHeaders()) + ",\n"
                + "        \"exposedHeaders\": " + strings(p.exposedHeaders()) + ",\n"
                + "        \"maxAge\": " + p.maxAge() + ",\n"
                + "        \"privateNetwork\": " + p.privateNetwork() + "\n"
                + "      },\n";
    }

    /** @return the route's {@code "from"} object and its {@code "placeholders"} */
    private static String fromJson(Route r) {
        StringBuilder b = new StringBuilder("      \"from\": {\n");
        Attribute[] attributes = Attribute.values();
        for (int k = 0; k < attributes.length; k++) {
            b.append("        ").append(str(attributes[k].javaName())).append(": ")
                    .append(str(source(r, attributes[k]))).append(k + 1 < attributes.length ? ",\n" : "\n");
        }
        b.append("      },\n");
        b.append("      \"placeholders\": ").append(strings(placeholdersOf(r.policy()))).append('\n');
        return b.toString();
    }

    /**
     * @return what {@link #fromJson} depends on: the chain's levels, the kind of route and policy, and the
     *     path where a default names it ({@link #source})
     */
    private static List<Object> fromKey(Route r) {
        PolicyChain chain = r.use().chain();
        boolean pathNamed = r.use().kind() == PolicyUse.Kind.METHOD
                && (chain.sourceOf(Attribute.METHODS) == null || chain.sourceOf(Attribute.ALLOWED_HEADERS) == null);
        return List.of(chain, r.use().kind(), r.policy(), pathNamed ? r.path() : "");
    }

    private int routesUsing(OriginPlaceholder p) {
        int n = 0;
        for (Route r : routes) {
            n += r.policy().origins().contains(p.text()) ? 1 : 0;
        }
        return n;
    }

    private static List<String> placeholdersOf(ResolvedPolicy p) {
        List<String> out = new ArrayList<>();
        for (String origin : p.origins()) {
            if (OriginPlaceholder.isPlaceholder(origin)) {
                out.add(origin);
            }
        }
        return out;
    }

    /** @return where {@code attribute}'s effective value comes from, e.g. {@code class com.example.Orders} */
    private static String source(Route r, Attribute attribute) {
        PolicySpec spec = r.use().chain().sourceOf(attribute);
        if (spec != null) {
            return spec.describe();
        }
        switch (attribute) {
            case METHODS:
                return r.use().kind() == PolicyUse.Kind.OPAQUE_LOCATOR
                        ? "default: the usual methods, as the locator's resource class is unknown"
                        : r.use().kind() == PolicyUse.Kind.FALLBACK ? "default: the methods the resource class serves"
                        : "default: the methods served at " + r.path();
            case ALLOWED_HEADERS:
                return "default: Content-Type and the @HeaderParam names"
                        + (r.use().kind() == PolicyUse.Kind.METHOD ? " at " + r.path() : "");
            default:
                return "default";
        }
    }

    private static String strings(List<String> values) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        values.forEach(v -> j.add(str(v)));
        return j.toString();
    }

    /**
     * @return {@code s} as a JSON string: {@link Quote#of} writes it as a Java string literal, which is a JSON
     *     string too (quotes, backslashes, control characters and line separators escaped)
     */
    static String str(String s) {
        return Quote.of(s);
    }

    // ---- Markdown --------------------------------------------------------------------------------

    /** @return the same data as Markdown tables; a value written on some level is followed by that level */
    public String markdown() {
        StringBuilder b = new StringBuilder(1024 + routes.size() * 256); // about 250 bytes a route
        b.append("# CORS policy report: ").append(names.filter().canonicalName()).append("\n\n");
        b.append("Generated by corsgen from the `@CrossOrigin` annotations (the same data as `")
                .append(jsonPath().substring(DIRECTORY.length())).append("`). After a value, in parentheses, the")
                .append(" annotation it was written on; values without are defaults.\n\n");
        if (!placeholders.isEmpty()) {
            b.append("## Resolved at start-up\n\n");
            b.append("| placeholder | looked up as | default | routes |\n|---|---|---|---|\n");
            for (OriginPlaceholder p : placeholders.values()) {
                b.append("| ").append(code(p.text())).append(" | system property, then environment variable ")
                        .append(code(p.name())).append(" | ")
                        .append(p.hasDefault() ? cell(String.join(", ", OriginPlaceholder.split(p.defaultValue())))
                                : "none: start-up fails when unset")
                        .append(" | ").append(routesUsing(p)).append(" |\n");
            }
            b.append('\n');
        }
        if (!narrowed.isEmpty()) {
            b.append("## Preflights answered with the narrowest policy\n\n");
            b.append("A preflight carries no `Content-Type` nor `Accept` and comes before the container picks a class,")
                    .append(" so for these routes it is allowed only where every policy below allows it (each actual")
                    .append(" response gets the policy of the method that ran).\n\n");
            b.append("| route | methods the preflight cannot tell apart |\n|---|---|\n");
            narrowed.forEach((route, why) -> b.append("| ").append(code(route)).append(" | ").append(cell(why))
                    .append(" |\n"));
            b.append('\n');
        }
        b.append("## Routes\n\n");
        b.append("| route | origins | credentials | methods | allowed headers | exposed headers | max-age |")
                .append(" private network |\n|---|---|---|---|---|---|---|---|\n");
        Map<List<Object>, String> cells = new HashMap<>();
        for (Route r : routes) {
            b.append("| ").append(code(r.label())).append(" | ")
                    .append(cells.computeIfAbsent(List.of(r.use().chain(), r.policy()), k -> cells(r)));
        }
        return b.toString();
    }

    /** @return the route's row after its label; it depends only on the policy and the levels of its chain */
    private static String cells(Route r) {
        ResolvedPolicy p = r.policy();
        return md(r, Attribute.ORIGINS, list(p.origins())) + " | "
                + md(r, Attribute.CREDENTIALS, p.credentials() ? "yes" : "no") + " | "
                + md(r, Attribute.METHODS, list(p.methods())) + " | "
                + md(r, Attribute.ALLOWED_HEADERS, list(p.allowedHeaders()) + wildcardMeaning(p.allowedHeaders()))
                + " | "
                + md(r, Attribute.EXPOSED_HEADERS, list(p.exposedHeaders())) + " | "
                + md(r, Attribute.MAX_AGE, Long.toString(p.maxAge())) + " | "
                + md(r, Attribute.PRIVATE_NETWORK, p.privateNetwork() ? "yes" : "no") + " |\n";
    }

    private static String md(Route r, Attribute attribute, String value) {
        PolicySpec spec = r.use().chain().sourceOf(attribute);
        return spec == null ? value : value + " (" + shortName(spec) + ")";
    }

    /** @return {@code package}, {@code OrderResource} or {@code OrderResource.delete} */
    private static String shortName(PolicySpec spec) {
        switch (spec.level()) {
            case PACKAGE:
                return "package";
            case CLASS:
                return spec.element().getSimpleName().toString();
            default:
                return spec.element().getEnclosingElement().getSimpleName() + "." + spec.element().getSimpleName();
        }
    }

    /**
     * @return what {@code "*"} in {@code allowedHeaders} means, as browsers read {@code Access-Control-Allow-Headers:
     *     *}, for a reader of the report: every valid name but {@code Authorization}, unless that is listed too;
     *     empty without {@code "*"}
     */
    static String wildcardMeaning(List<String> allowedHeaders) {
        if (!allowedHeaders.contains("*")) {
            return "";
        }
        // after the rules, the only name next to "*" can be Authorization
        return allowedHeaders.stream().anyMatch(h -> !"*".equals(h)) ? " (every valid name)"
                : " (every valid name except Authorization)";
    }

    private static String list(List<String> values) {
        if (values.isEmpty()) {
            return "none";
        }
        StringJoiner j = new StringJoiner(", ");
        values.forEach(v -> j.add(OriginPlaceholder.isPlaceholder(v) ? code(v) : cell(v)));
        return j.toString();
    }

    private static String code(String s) {
        return "`" + cell(s, true).replace("`", "'") + "`";
    }

    /**
     * @return {@code s} safe inside a table cell: {@code |} escaped (also inside code spans, as tables
     *     require), line breaks and control characters dropped; outside code also {@code * _ ` \} escaped,
     *     so that {@code https://*.example.com, http://localhost:*} is not read as emphasis
     */
    private static String cell(String s, boolean inCode) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|' || (!inCode && (c == '*' || c == '_' || c == '`' || c == '\\'))) {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c != 0x7f) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String cell(String s) {
        return cell(s, false);
    }

    // ---- summary ---------------------------------------------------------------------------------

    /** @return the lines printed as notes with {@code -Acorsgen.report=summary}: a header, then one per route */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        long distinct = routes.stream().map(Route::policy).distinct().count();
        lines.add("corsgen: " + names.filter().simpleName() + " applies " + distinct
                + (distinct == 1 ? " CORS policy" : " CORS policies") + " on " + routes.size()
                + (routes.size() == 1 ? " route" : " routes")
                + (placeholders.isEmpty() ? "" : ", with origins from " + String.join(", ", placeholders.keySet())
                        + " resolved at start-up")
                + "; report in " + jsonPath() + " and " + markdownPath().substring(DIRECTORY.length()));
        for (Route r : routes) {
            ResolvedPolicy p = r.policy();
            StringBuilder b = new StringBuilder("corsgen:   ").append(r.label()).append(": origins ")
                    .append(String.join(", ", p.origins()));
            if (p.credentials()) {
                b.append("; credentials");
            }
            b.append("; methods ").append(String.join(", ", p.methods()));
            b.append("; headers ").append(p.allowedHeaders().isEmpty() ? "none"
                    : String.join(", ", p.allowedHeaders()) + wildcardMeaning(p.allowedHeaders()));
            if (!p.exposedHeaders().isEmpty()) {
                b.append("; exposes ").append(String.join(", ", p.exposedHeaders()));
            }
            b.append("; max-age ").append(p.maxAge());
            if (p.privateNetwork()) {
                b.append("; private network");
            }
            lines.add(b.toString());
        }
        narrowed.forEach((route, why) -> lines.add("corsgen:   " + route + ": preflights get the narrowest of the"
                + " policies of " + why));
        return lines;
    }
}
