package org.corsgen.runtime.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Compares {@link RouteTable} with a deliberately naive model of §3.7.2 as Jersey 3.1/4.0 implement it
 * (a matching template that does not serve the method is passed over for a later one that does, until a
 * locator matches), with the table's "never wider than the method that runs" rules, on random tables and
 * paths: every template is a full Java regex R(T) built here from its tokens (independently of the segment
 * matcher and the index), every step scans and sorts all candidates, and every alternative the container
 * may take is resolved on its own and narrowed with the test's own {@link #NARROWER}. Tie rules mirror the
 * table's documented choices (a group of equal R(T) sorts with its greatest key; remaining ties by R(T)
 * identity, and equally specific candidates after the deciding one are resolved too).
 *
 * <p>What the model follows, from the class comment of {@link RouteTable}:
 * <ul>
 *   <li>methods of one candidate with one designator are narrowed (also for the 405 answer, the first
 *       designator's value);</li>
 *   <li>equally specific candidates (equal sort key, another R(T)) after the deciding one (it serves, or
 *       is followed into phase 2), in phase 1 and phase 2: each that matches is resolved as if it had
 *       decided; hits (a method serving the request, an opaque locator, a foreign root) are narrowed; misses
 *       (404, 405) add nothing; with no hit the deciding candidate's answer stands;</li>
 *   <li>locators: every target of every locator of the winning R(T) (and of equally specific ones after
 *       it) is followed, an opaque one is a hit with its value; with no hit, the first target's answer;</li>
 *   <li>a foreign root: a hit with no value, narrowed with what the corsgen roots sharing its R(T) give
 *       (their answer, whatever it is, if they have any method or locator at all: a class without any is no
 *       resource); once phase 1 reaches it, it decides, never answered with a corsgen 405 (its group's or a
 *       passed-over more specific root's), as its unknown class may serve the method;</li>
 *   <li>{@link RouteTable#lookupUnmatched}: the narrowest of every method (any designator) of every template
 *       matching the whole path, through every locator target, with opaque locators' values and a foreign
 *       root matching (any remainder) as {@code null}; with none of these, the lookup's answer.</li>
 * </ul>
 * The model counts the resource sets a lookup visits: far below {@link RouteTable#BRANCH_BUDGET} for these
 * small tables (asserted), so the table's budget never narrows an answer here.
 */
class ReferenceModelTest {

    /**
     * The values' narrower, associative, commutative and idempotent, with {@code CorsPolicy.narrowest}'s null
     * rules: equal values give that value, two {@code null} give {@code null}, one {@code null} or a
     * {@code "NONE"} give {@code "NONE"}, otherwise the sorted union of the {@code |}-separated parts.
     */
    static final BinaryOperator<String> NARROWER = (a, b) -> {
        if (Objects.equals(a, b)) {
            return a;
        }
        if (a == null || b == null || a.equals("NONE") || b.equals("NONE")) {
            return "NONE";
        }
        TreeSet<String> parts = new TreeSet<>(List.of(a.split("\\|")));
        parts.addAll(List.of(b.split("\\|")));
        return String.join("|", parts);
    };

    /** A template token: its source text, its regex, its literal characters, variables, explicit regexes. */
    private static final class Token {
        final String source;
        final String regex;
        final int literals;
        final int variables;
        final int regexes;
        /** Path segments this token matches, for paths that hit the table. */
        final String[] samples;

        Token(String source, String regex, int literals, int variables, int regexes, String... samples) {
            this.source = source;
            this.regex = regex;
            this.literals = literals;
            this.variables = variables;
            this.regexes = regexes;
            this.samples = samples;
        }
    }

    private static final Token[] TOKENS = {
        new Token("a", "a", 1, 0, 0, "a"),
        new Token("b", "b", 1, 0, 0, "b"),
        new Token("ab", "ab", 2, 0, 0, "ab"),
        new Token("x y", "x%20y", 3, 0, 0, "x%20y"),
        new Token("{p}", "([^/]+)", 0, 1, 0, "a", "12", "v1", "a-b.json", "a%2Fb"),
        new Token("{q}", "([^/]+)", 0, 1, 0, "b", "7", "vb"), // the R(T) of {p}: shares its key
        new Token("{n: [0-9]+}", "([0-9]+)", 0, 1, 1, "12", "7"),
        new Token("{w: [a-z0-9]+}", "([a-z0-9]+)", 0, 1, 1, "a", "7", "v1", "ab"), // as specific as {n}, {r}
        new Token("{r: .+}", "(.+)", 0, 1, 1, "a/b", "7", "x.json/a"),
        new Token("{p}.json", "([^/]+)\\.json", 5, 1, 0, "x.json", "a-b.json"),
        new Token("{p}-{q}", "([^/]+)-([^/]+)", 1, 2, 0, "a-b", "a-b.json"),
        new Token("v{p}", "v([^/]+)", 1, 1, 0, "v1", "vv", "vb"),
        new Token("{p}b", "([^/]+)b", 1, 1, 0, "ab", "vb"), // as specific as v{p}: both match vb
    };

    private static final String[] PATH_SEGMENTS = {
        "a", "b", "ab", "x%20y", "x y", "12", "7", "a-b.json", "x.json", "-", "v1", "v", "vb", "", "a;m=1", "%2F",
        "a%2Fb",
    };

    private static final String[] METHODS = {"GET", "PUT", "POST", "HEAD", "OPTIONS"};

    /** A template with what the model needs to know about it. */
    private static final class Template {
        final String source;
        final Pattern regex;
        final int literals;
        final int variables;
        final int regexes;
        final String key;
        final List<Token> tokens = new ArrayList<>();

        Template(String source, Pattern regex, int literals, int variables, int regexes) {
            this.source = source;
            this.regex = regex;
            this.literals = literals;
            this.variables = variables;
            this.regexes = regexes;
            this.key = PathTemplate.parse(source).key; // identity only: the model groups by it
        }

        boolean isEmpty() {
            return regex.pattern().equals("(/.*)?");
        }

        static final Comparator<Template> SPECIFICITY = Comparator.<Template>comparingInt(t -> -t.literals)
                .thenComparingInt(t -> -t.variables).thenComparingInt(t -> -t.regexes);

        /** Whether {@code this} is as specific as {@code decider} and comes after it (by R(T) identity). */
        boolean tiedAfter(Template decider) {
            return SPECIFICITY.compare(this, decider) == 0 && key.compareTo(decider.key) > 0;
        }
    }

    private static Template randomTemplate(Random random, boolean allowEmpty) {
        if (allowEmpty && random.nextInt(8) == 0) {
            return new Template(random.nextBoolean() ? "" : "/", Pattern.compile("(/.*)?"), 0, 0, 0);
        }
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 2);
        StringBuilder source = new StringBuilder(random.nextBoolean() ? "/" : "");
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        int variables = 0;
        int regexes = 0;
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Token t = TOKENS[random.nextInt(TOKENS.length)];
            tokens.add(t);
            if (i > 0) {
                source.append('/');
                literals++;
            }
            source.append(t.source);
            regex.append('/').append(t.regex);
            literals += t.literals;
            variables += t.variables;
            regexes += t.regexes;
        }
        if (random.nextInt(5) == 0) {
            source.append('/');
            literals++;
        }
        Template template = new Template(source.toString(), Pattern.compile(regex + "(/.*)?"), literals, variables,
                regexes);
        template.tokens.addAll(tokens);
        return template;
    }

    /** One member of a node. */
    private static final class Member {
        final char kind; // 'm' method, 'l' locator, 'o' opaque locator
        final Template template;
        final String httpMethod;
        final String value;
        /** For a locator: the nodes of the classes it may return, as declared (repetitions included). */
        final int[] targets;

        Member(char kind, Template template, String httpMethod, String value, int... targets) {
            this.kind = kind;
            this.template = template;
            this.httpMethod = httpMethod;
            this.value = value;
            this.targets = targets;
        }

        boolean isResourceMethod() {
            return kind == 'm' && template.isEmpty();
        }
    }

    /** A random table as declared: nodes, fallbacks, roots in registration order ({@code -1}: foreign). */
    private static final class Model {
        static final int FOREIGN = -1;

        final List<List<Member>> nodes = new ArrayList<>();
        final List<String> fallbacks = new ArrayList<>();
        final List<Template> rootTemplates = new ArrayList<>();
        final List<Integer> rootNodes = new ArrayList<>();

        boolean hasChildren(int node) {
            for (Member m : nodes.get(node)) {
                if (!m.isResourceMethod()) {
                    return true;
                }
            }
            return false;
        }

        boolean hasForeignRoot() {
            return rootNodes.contains(FOREIGN);
        }

        RouteTable<String> table() {
            return table(v -> v, NARROWER);
        }

        /** The table with each value (and fallback) mapped by {@code f} ({@code null} stays {@code null}). */
        <V> RouteTable<V> table(Function<String, V> f, BinaryOperator<V> narrower) {
            Function<String, V> g = v -> v == null ? null : f.apply(v);
            RouteTable.Builder<V> b = RouteTable.builder(narrower);
            for (int n = 0; n < nodes.size(); n++) {
                RouteTable.NodeBuilder<V> nb = b.node(n, g.apply(fallbacks.get(n)));
                for (Member m : nodes.get(n)) {
                    switch (m.kind) {
                        case 'm': nb.method(m.template.source, m.httpMethod, g.apply(m.value)); break;
                        case 'l': nb.locator(m.template.source, m.targets); break;
                        default: nb.opaqueLocator(m.template.source, g.apply(m.value)); break;
                    }
                }
            }
            for (int r = 0; r < rootTemplates.size(); r++) {
                if (rootNodes.get(r) == FOREIGN) {
                    b.foreignRoot(rootTemplates.get(r).source);
                } else {
                    b.root(rootTemplates.get(r).source, rootNodes.get(r));
                }
            }
            return b.build();
        }

        <V> Oracle<V> oracle(Function<String, V> f, BinaryOperator<V> narrower) {
            return new Oracle<>(this, f, narrower);
        }
    }

    /** An answer of the model: the value, and whether a method that runs gives it (a hit). */
    private record Answer<V>(V value, boolean hit) {
    }

    /** Answers the container may give for one request: hits narrowed; with none, the first answer. */
    private static final class Alternatives<V> {
        private final BinaryOperator<V> narrower;
        private Answer<V> first;
        private boolean hit;
        private V narrowed;

        Alternatives(BinaryOperator<V> narrower) {
            this.narrower = narrower;
        }

        void add(Answer<V> a) {
            if (first == null) {
                first = a;
            }
            if (a.hit()) {
                narrowed = hit ? narrower.apply(narrowed, a.value()) : a.value();
                hit = true;
            }
        }

        Answer<V> answer() {
            return hit ? new Answer<>(narrowed, true) : first;
        }
    }

    /** One designator of a method set, its methods' values narrowed. */
    private record Designated<V>(String httpMethod, V value) {
    }

    /** A phase-2 candidate: the sub-resource methods of one R(T), or the locators of one R(T). */
    private static final class Route<V> {
        final boolean isMethods;
        Template template;
        final List<Member> members = new ArrayList<>();
        /** For methods: as a preflight sees them. */
        List<Designated<V>> methods;
        /** For locators: the values of the opaque ones, and the targets of the others, each once. */
        final List<V> opaqueValues = new ArrayList<>();
        final List<Integer> targets = new ArrayList<>();

        Route(boolean isMethods, Template template) {
            this.isMethods = isMethods;
            this.template = template;
        }
    }

    /** A root R(T) group: its corsgen member nodes (registration order), whether a foreign root shares it. */
    private static final class RootGroup<V> {
        Template template;
        final List<Integer> members = new ArrayList<>();
        boolean foreign;
        List<Designated<V>> resourceMethods;
        boolean anyWithChildren;
        /** Whether a corsgen member has any method or locator. */
        boolean anyMember;
        Integer firstWithChildren;

        RootGroup(Template template) {
            this.template = template;
        }
    }

    /** A resource set (one node, or the members of a root group): its resource methods and sorted candidates. */
    private static final class SetView<V> {
        List<Designated<V>> resourceMethods;
        final List<Route<V>> routes = new ArrayList<>();
    }

    /** The model's lookups over one {@link Model}, with values mapped by {@code f} and narrowed. */
    private static final class Oracle<V> {
        final Model model;
        final Function<String, V> f;
        final BinaryOperator<V> narrower;
        /** The root groups in precedence order. */
        final List<RootGroup<V>> groups = new ArrayList<>();
        private final Map<List<Integer>, SetView<V>> sets = new java.util.HashMap<>();
        /** Resource sets visited by the current lookup, and the most any lookup visited. */
        int visits;
        int maxVisits;

        Oracle(Model model, Function<String, V> f, BinaryOperator<V> narrower) {
            this.model = model;
            this.f = f;
            this.narrower = narrower;
            Map<String, RootGroup<V>> byKey = new LinkedHashMap<>();
            for (int r = 0; r < model.rootTemplates.size(); r++) {
                Template t = model.rootTemplates.get(r);
                RootGroup<V> g = byKey.computeIfAbsent(t.key, k -> new RootGroup<>(t));
                if (Template.SPECIFICITY.compare(t, g.template) < 0) {
                    g.template = t; // the group sorts with its greatest key
                }
                int node = model.rootNodes.get(r);
                if (node == Model.FOREIGN) {
                    g.foreign = true;
                } else if (!g.members.contains(node)) {
                    g.members.add(node);
                }
            }
            for (RootGroup<V> g : byKey.values()) {
                List<Member> methods = new ArrayList<>();
                for (int node : g.members) {
                    for (Member m : model.nodes.get(node)) {
                        if (m.isResourceMethod()) {
                            methods.add(m);
                        }
                    }
                    g.anyMember |= !model.nodes.get(node).isEmpty();
                    if (g.firstWithChildren == null && model.hasChildren(node)) {
                        g.firstWithChildren = node;
                    }
                }
                g.resourceMethods = designated(methods);
                g.anyWithChildren = g.firstWithChildren != null;
                groups.add(g);
            }
            groups.sort(Comparator.<RootGroup<V>, Template>comparing(g -> g.template, Template.SPECIFICITY)
                    .thenComparing(g -> g.template.key));
        }

        /** The resource set of {@code nodes}: methods by R(T) with their greatest key, locators likewise. */
        private SetView<V> set(List<Integer> nodes) {
            SetView<V> view = sets.get(nodes);
            if (view != null) {
                return view;
            }
            view = new SetView<>();
            List<Member> resourceMethods = new ArrayList<>();
            Map<String, Route<V>> methodRoutes = new LinkedHashMap<>();
            Map<String, Route<V>> locatorRoutes = new LinkedHashMap<>();
            for (int node : nodes) {
                for (Member m : model.nodes.get(node)) {
                    if (m.isResourceMethod()) {
                        resourceMethods.add(m);
                        continue;
                    }
                    Route<V> route = (m.kind == 'm' ? methodRoutes : locatorRoutes)
                            .computeIfAbsent(m.template.key, k -> new Route<>(m.kind == 'm', m.template));
                    if (Template.SPECIFICITY.compare(m.template, route.template) < 0) {
                        route.template = m.template;
                    }
                    route.members.add(m);
                    if (m.kind == 'o') {
                        route.opaqueValues.add(val(m.value));
                    }
                    if (m.kind == 'l') {
                        for (int t : m.targets) {
                            if (!route.targets.contains(t)) {
                                route.targets.add(t);
                            }
                        }
                    }
                }
            }
            view.resourceMethods = resourceMethods.isEmpty() ? null : designated(resourceMethods);
            for (Route<V> route : methodRoutes.values()) {
                route.methods = designated(route.members);
                view.routes.add(route);
            }
            view.routes.addAll(locatorRoutes.values());
            view.routes.sort(Comparator.<Route<V>, Template>comparing(r -> r.template, Template.SPECIFICITY)
                    .thenComparing(r -> r.isMethods ? 0 : 1).thenComparing(r -> r.template.key));
            sets.put(List.copyOf(nodes), view);
            return view;
        }

        V val(String s) {
            return s == null ? null : f.apply(s);
        }

        private Answer<V> hit(V v) {
            return new Answer<>(v, true);
        }

        private Answer<V> miss(V v) {
            return new Answer<>(v, false);
        }

        private void visited() {
            visits++;
            maxVisits = Math.max(maxVisits, visits);
        }

        private static final Pattern MATRIX = Pattern.compile(";[^/]*");

        private static String normalized(String path) {
            String p = path.startsWith("/") ? path.substring(1) : path;
            return "/" + MATRIX.matcher(p).replaceAll("");
        }

        V lookup(String path, String httpMethod) {
            visits = 0;
            return phase1(normalized(path), httpMethod).value();
        }

        /** Phase 1: Jersey's root routes, per R(T) group in precedence order, with the tie rules. */
        private Answer<V> phase1(String u, String httpMethod) {
            List<Designated<V>> refused = null;
            for (RootGroup<V> group : groups) {
                String fg = finalGroup(group.template, u);
                if (fg == null) {
                    continue;
                }
                List<Designated<V>> methods = group.resourceMethods;
                boolean serves = consumed(fg) && !methods.isEmpty() && serves(methods, httpMethod);
                if (consumed(fg) && !methods.isEmpty() && !serves && refused == null) {
                    refused = methods;
                }
                if (!serves && !group.foreign && !group.anyWithChildren) {
                    continue; // Jersey passes it over for a later root that serves the method
                }
                // this group decides (a 405 if an earlier root refused the method and this one does not serve
                // it: a foreign class might); equally specific groups after it may be taken instead
                Alternatives<V> all = new Alternatives<>(narrower);
                if (!serves && !group.foreign && refused != null) {
                    all.add(miss(select(refused, httpMethod)));
                } else {
                    all.add(resolveRoot(group, fg, httpMethod));
                }
                for (RootGroup<V> tied : groups) {
                    if (!tied.template.tiedAfter(group.template)) {
                        continue;
                    }
                    String tiedFg = finalGroup(tied.template, u);
                    if (tiedFg == null) {
                        continue;
                    }
                    List<Designated<V>> tiedMethods = tied.resourceMethods;
                    boolean tiedServes = consumed(tiedFg) && !tiedMethods.isEmpty() && serves(tiedMethods, httpMethod);
                    if (!tiedServes && !tied.foreign && !tied.anyWithChildren) {
                        continue; // it could not decide: passed over, a 405 that adds nothing
                    }
                    all.add(resolveRoot(tied, tiedFg, httpMethod));
                }
                return all.answer();
            }
            return miss(refused == null ? null : select(refused, httpMethod));
        }

        /** A root group resolved as if it decided: its method, or phase 2 below it; foreign: narrowed with none. */
        private Answer<V> resolveRoot(RootGroup<V> group, String fg, String httpMethod) {
            if (group.foreign) {
                if (!group.anyMember) {
                    return hit(null); // only the unknown class's methods
                }
                return hit(narrower.apply(resolveKnownRoot(group, fg, httpMethod).value(), null));
            }
            return resolveKnownRoot(group, fg, httpMethod);
        }

        private Answer<V> resolveKnownRoot(RootGroup<V> group, String fg, String httpMethod) {
            List<Designated<V>> methods = group.resourceMethods;
            if (consumed(fg) && !methods.isEmpty() && serves(methods, httpMethod)) {
                return hit(select(methods, httpMethod));
            }
            String fallback = consumed(fg) ? model.fallbacks.get(group.members.get(0))
                    : group.firstWithChildren == null ? null : model.fallbacks.get(group.firstWithChildren);
            return phase2(group.members, val(fallback), fg, httpMethod, 0);
        }

        /** Phase 2 in the resource set of {@code nodes}: the same pass-over rule, ties, every locator target. */
        private Answer<V> phase2(List<Integer> nodes, V fallback, String rest, String httpMethod, int depth) {
            visited();
            if (depth > 1_000) {
                throw new AssertionError("the model did not terminate");
            }
            SetView<V> set = set(nodes);
            if (consumed(rest) && set.resourceMethods != null) {
                return new Answer<>(select(set.resourceMethods, httpMethod), serves(set.resourceMethods, httpMethod));
            }
            if (set.routes.isEmpty()) {
                return miss(fallback);
            }
            List<Designated<V>> refused = null;
            for (Route<V> route : set.routes) {
                String fg = finalGroup(route.template, rest);
                if (fg == null) {
                    continue;
                }
                if (route.isMethods) {
                    if (!consumed(fg)) {
                        continue;
                    }
                    if (serves(route.methods, httpMethod)) {
                        V value = select(route.methods, httpMethod);
                        for (Route<V> tied : set.routes) {
                            if (tied.isMethods && tied.template.tiedAfter(route.template)) {
                                String tiedFg = finalGroup(tied.template, rest);
                                if (tiedFg != null && consumed(tiedFg) && serves(tied.methods, httpMethod)) {
                                    value = narrower.apply(value, select(tied.methods, httpMethod));
                                }
                            }
                        }
                        return hit(value);
                    }
                    if (refused == null) {
                        refused = route.methods;
                    }
                    continue;
                }
                if (refused != null) {
                    return miss(select(refused, httpMethod));
                }
                Alternatives<V> all = new Alternatives<>(narrower);
                follow(route, fg, httpMethod, depth, all);
                for (Route<V> tied : set.routes) {
                    if (!tied.isMethods && tied.template.tiedAfter(route.template)) {
                        String tiedFg = finalGroup(tied.template, rest);
                        if (tiedFg != null) {
                            follow(tied, tiedFg, httpMethod, depth, all);
                        }
                    }
                }
                return all.answer();
            }
            return miss(refused != null ? select(refused, httpMethod) : fallback);
        }

        /** The locators of one R(T): an opaque one is a hit with its value; every class they may return. */
        private void follow(Route<V> locators, String fg, String httpMethod, int depth, Alternatives<V> all) {
            for (V opaque : locators.opaqueValues) {
                all.add(hit(opaque));
            }
            for (int target : locators.targets) {
                all.add(phase2(List.of(target), val(model.fallbacks.get(target)), fg, httpMethod, depth + 1));
            }
        }

        /**
         * {@link RouteTable#lookupUnmatched}: the narrowest of every method (any designator) of every template
         * that matches the whole path, every locator target followed, an opaque locator's value, a foreign root
         * as a method without a value; if there is none, the lookup's answer.
         */
        V lookupUnmatched(String path, String httpMethod) {
            visits = 0;
            String u = normalized(path);
            Alternatives<V> all = new Alternatives<>(narrower);
            for (int r = 0; r < model.rootTemplates.size(); r++) {
                String fg = finalGroup(model.rootTemplates.get(r), u);
                if (fg == null) {
                    continue;
                }
                int node = model.rootNodes.get(r);
                if (node == Model.FOREIGN) {
                    all.add(hit(null));
                } else {
                    collect(node, fg, all, 0);
                }
            }
            Answer<V> collected = all.answer();
            return collected != null && collected.hit() ? collected.value() : lookup(path, httpMethod);
        }

        private void collect(int node, String rest, Alternatives<V> all, int depth) {
            visited();
            if (depth > 1_000) {
                throw new AssertionError("the model did not terminate");
            }
            for (Member m : model.nodes.get(node)) {
                String fg = finalGroup(m.template, rest);
                if (fg == null) {
                    continue;
                }
                switch (m.kind) {
                    case 'm':
                        if (consumed(fg)) {
                            all.add(hit(val(m.value)));
                        }
                        break;
                    case 'o':
                        all.add(hit(val(m.value)));
                        break;
                    default:
                        for (int target : m.targets) {
                            collect(target, fg, all, depth + 1);
                        }
                        break;
                }
            }
        }

        /** The methods as a preflight sees them: one entry per designator, first-declared order, narrowed. */
        private List<Designated<V>> designated(List<Member> methods) {
            List<Designated<V>> out = new ArrayList<>();
            for (Member m : methods) {
                int seen = -1;
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).httpMethod().equals(m.httpMethod)) {
                        seen = i;
                    }
                }
                if (seen < 0) {
                    out.add(new Designated<>(m.httpMethod, val(m.value)));
                } else {
                    out.set(seen, new Designated<>(m.httpMethod, narrower.apply(out.get(seen).value(), val(m.value))));
                }
            }
            return out;
        }

        /** Jersey's "designator match": the method, HEAD where GET is, OPTIONS always. */
        private static <V> boolean serves(List<Designated<V>> methods, String httpMethod) {
            if (httpMethod.equals("OPTIONS")) {
                return true;
            }
            for (Designated<V> m : methods) {
                if (m.httpMethod().equals(httpMethod) || httpMethod.equals("HEAD") && m.httpMethod().equals("GET")) {
                    return true;
                }
            }
            return false;
        }

        /** The value of the method serving {@code httpMethod}; if none (405, automatic OPTIONS): the first. */
        private static <V> V select(List<Designated<V>> methods, String httpMethod) {
            for (Designated<V> m : methods) {
                if (m.httpMethod().equals(httpMethod)) {
                    return m.value();
                }
            }
            if (httpMethod.equals("HEAD")) {
                for (Designated<V> m : methods) {
                    if (m.httpMethod().equals("GET")) {
                        return m.value();
                    }
                }
            }
            return methods.get(0).value();
        }

        private static String finalGroup(Template t, String u) {
            if (u.isEmpty()) {
                return t.key.isEmpty() ? "" : null;
            }
            Matcher m = t.regex.matcher(u);
            if (!m.matches()) {
                return null;
            }
            String fg = m.group(m.groupCount());
            return fg == null ? "" : fg;
        }

        private static boolean consumed(String rest) {
            return rest.isEmpty() || rest.equals("/");
        }
    }

    private static Model randomModel(Random random) {
        Model model = new Model();
        int nodeCount = 1 + random.nextInt(4);
        for (int n = 0; n < nodeCount; n++) {
            List<Member> members = new ArrayList<>();
            int memberCount = random.nextInt(7);
            for (int i = 0; i < memberCount; i++) {
                int kind = random.nextInt(10);
                String value = "n" + n + ".m" + i;
                // now and then the template of an earlier member: methods or locators sharing an R(T)
                Template again = !members.isEmpty() && random.nextInt(4) == 0
                        ? members.get(random.nextInt(members.size())).template : null;
                if (kind < 7) {
                    members.add(new Member('m', again != null ? again : randomTemplate(random, true),
                            METHODS[random.nextInt(METHODS.length)], value));
                    continue;
                }
                Template template = again != null && !again.isEmpty() ? again : randomTemplate(random, false);
                if (kind < 9) {
                    // the return type's node, and sometimes subclasses' (repeated nodes, the node itself)
                    int[] targets = new int[random.nextInt(3) == 0 ? 2 + random.nextInt(2) : 1];
                    for (int t = 0; t < targets.length; t++) {
                        targets[t] = random.nextInt(5) == 0 ? n : random.nextInt(nodeCount);
                    }
                    members.add(new Member('l', template, null, null, targets));
                } else {
                    members.add(new Member('o', template, null, value));
                }
            }
            model.nodes.add(members);
            model.fallbacks.add(random.nextInt(4) == 0 ? null : "n" + n + ".404");
        }
        int roots = 1 + random.nextInt(4);
        for (int r = 0; r < roots; r++) {
            model.rootTemplates.add(randomTemplate(random, true));
            model.rootNodes.add(random.nextInt(nodeCount));
        }
        if (random.nextInt(4) == 0) {
            // classes no corsgen module compiled: some share a corsgen root's template
            for (int f = 1 + random.nextInt(2); f > 0; f--) {
                Template template = random.nextBoolean()
                        ? model.rootTemplates.get(random.nextInt(model.rootTemplates.size()))
                        : randomTemplate(random, true);
                int at = random.nextInt(model.rootTemplates.size() + 1);
                model.rootTemplates.add(at, template);
                model.rootNodes.add(at, Model.FOREIGN);
            }
        }
        return model;
    }

    /** A path made of a root template and member templates, instantiated; mostly matches something. */
    private static String plausiblePath(Random random, Model model) {
        StringBuilder path = new StringBuilder(random.nextBoolean() ? "/" : "");
        List<Template> templates = new ArrayList<>();
        templates.add(model.rootTemplates.get(random.nextInt(model.rootTemplates.size())));
        List<Template> all = new ArrayList<>();
        for (List<Member> node : model.nodes) {
            for (Member m : node) {
                all.add(m.template);
            }
        }
        for (int i = random.nextInt(3); i > 0 && !all.isEmpty(); i--) {
            templates.add(all.get(random.nextInt(all.size())));
        }
        boolean first = true;
        for (Template t : templates) {
            for (Token token : t.tokens) {
                if (!first) {
                    path.append('/');
                }
                first = false;
                path.append(token.samples[random.nextInt(token.samples.length)]);
                if (random.nextInt(20) == 0) {
                    path.append(";m=").append(random.nextInt(3));
                }
            }
        }
        if (random.nextInt(5) == 0) {
            path.append('/');
        }
        return path.toString();
    }

    private static String randomPath(Random random) {
        int count = random.nextInt(6);
        StringBuilder path = new StringBuilder(random.nextBoolean() ? "/" : "");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(PATH_SEGMENTS[random.nextInt(PATH_SEGMENTS.length)]);
        }
        if (random.nextInt(6) == 0) {
            path.append('/');
        }
        return path.toString();
    }

    /** The disagreements of one test: all are counted, the first few (of different tables) described. */
    private static final class Disagreements {
        private final List<String> first = new ArrayList<>();
        private int count;

        private int lastTable = -1;

        void add(Object expected, Object actual, Model model, int table, String request) {
            count++;
            if (first.size() < 3 && table != lastTable) { // one per table
                lastTable = table;
                first.add("table " + table + ": " + describe(model) + "\n" + request + " ==> expected: <" + expected
                        + "> but was: <" + actual + ">");
            }
        }

        void assertNone(int compared) {
            if (count > 0) {
                fail(count + " of " + compared + " lookups disagree with the model; the first:\n"
                        + String.join("\n\n", first));
            }
        }
    }

    private static final int TABLES = 1500;
    private static final int LOOKUPS = 200;
    private static final int UNMATCHED_TABLES = 1000;
    private static final int UNMATCHED_LOOKUPS = 100;

    @Test
    void agreesWithTheNaiveModel() {
        Random random = new Random(20240607);
        Disagreements disagreements = new Disagreements();
        int compared = 0;
        int foreignTables = 0;
        int narrowed = 0;
        int maxVisits = 0;
        for (int table = 0; table < TABLES; table++) {
            Model model = randomModel(random);
            foreignTables += model.hasForeignRoot() ? 1 : 0;
            RouteTable<String> routes = model.table();
            Oracle<String> oracle = model.oracle(v -> v, NARROWER);
            for (int i = 0; i < LOOKUPS; i++) {
                String path = random.nextInt(4) == 0 ? randomPath(random) : plausiblePath(random, model);
                String method = METHODS[random.nextInt(METHODS.length)];
                String expected = oracle.lookup(path, method);
                String actual = routes.lookup(path, method);
                narrowed += expected != null && (expected.contains("|") || expected.equals("NONE")) ? 1 : 0;
                if (!Objects.equals(expected, actual)) {
                    disagreements.add(expected, actual, model, table, method + " " + path);
                }
                compared++;
            }
            maxVisits = Math.max(maxVisits, oracle.maxVisits);
        }
        assertEquals(TABLES * LOOKUPS, compared);
        assertTrue(foreignTables > TABLES / 8, "tables with a foreign root: " + foreignTables);
        assertTrue(narrowed > compared / 50, "answers narrowed from several methods: " + narrowed);
        assertTrue(maxVisits < RouteTable.BRANCH_BUDGET,
                "a lookup visited " + maxVisits + " resource sets: the table's branch budget would narrow it");
        disagreements.assertNone(compared);
    }

    @Test
    void lookupUnmatchedAgreesWithTheNaiveModel() {
        Random random = new Random(20250311);
        Disagreements disagreements = new Disagreements();
        int compared = 0;
        int collected = 0;
        int maxVisits = 0;
        for (int table = 0; table < UNMATCHED_TABLES; table++) {
            Model model = randomModel(random);
            RouteTable<String> routes = model.table();
            Oracle<String> oracle = model.oracle(v -> v, NARROWER);
            for (int i = 0; i < UNMATCHED_LOOKUPS; i++) {
                String path = random.nextInt(4) == 0 ? randomPath(random) : plausiblePath(random, model);
                String method = METHODS[random.nextInt(METHODS.length)];
                String expected = oracle.lookupUnmatched(path, method);
                String actual = routes.lookupUnmatched(path, method);
                if (!Objects.equals(expected, actual)) {
                    disagreements.add(expected, actual, model, table, "lookupUnmatched " + method + " " + path);
                }
                if (!Objects.equals(expected, oracle.lookup(path, method))) {
                    collected++;
                }
                compared++;
            }
            maxVisits = Math.max(maxVisits, oracle.maxVisits);
        }
        assertTrue(collected > compared / 20, "lookupUnmatched differed from lookup only " + collected + " times");
        assertTrue(maxVisits < RouteTable.BRANCH_BUDGET,
                "a lookup visited " + maxVisits + " resource sets: the table's branch budget would narrow it");
        disagreements.assertNone(compared);
    }

    /** A value equal to every other of its class, as policies are whatever route they were named for. */
    record Coarse(String exact, char kind) {
        /** What the coarse narrower gives for values of different classes. */
        static final Coarse NONE = new Coarse("NONE", 'N');

        /** Equal values give the first, anything else (a {@code null} with a value included) {@link #NONE}. */
        static final BinaryOperator<Coarse> NARROWER = (a, b) -> Objects.equals(a, b) ? a : NONE;

        static Coarse of(String exact) {
            // most values share a class, so whole roots often resolve to equal values
            return new Coarse(exact, Math.floorMod(exact.hashCode(), 7) == 0 ? 'B' : 'A');
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Coarse c && c.kind == kind;
        }

        @Override
        public int hashCode() {
            return kind;
        }
    }

    @Test
    void lookupEqualGivesAnEqualValueWhereverTheExactLookupGivesOne() {
        Random random = new Random(20261122);
        Disagreements disagreements = new Disagreements();
        int compared = 0;
        int shortcuts = 0;
        for (int table = 0; table < TABLES; table++) {
            Model model = randomModel(random);
            RouteTable<Coarse> routes = model.table(Coarse::of, Coarse.NARROWER);
            Oracle<Coarse> oracle = model.oracle(Coarse::of, Coarse.NARROWER);
            for (int i = 0; i < LOOKUPS; i++) {
                String path = random.nextInt(4) == 0 ? randomPath(random) : plausiblePath(random, model);
                String method = METHODS[random.nextInt(METHODS.length)];
                Coarse expected = oracle.lookup(path, method);
                Coarse actual = routes.lookupEqual(path, method);
                Coarse exact = routes.lookup(path, method);
                if (!Objects.equals(expected, actual)) {
                    disagreements.add(expected, actual, model, table, "lookupEqual " + method + " " + path);
                } else if (!Objects.equals(expected, exact)) {
                    disagreements.add(expected, exact, model, table, "lookup " + method + " " + path);
                }
                if (actual != null && exact != null && !actual.exact().equals(exact.exact())) {
                    shortcuts++;
                }
                compared++;
            }
        }
        assertTrue(shortcuts > 1000, "the shortcut was taken and returned another route's equal value: " + shortcuts);
        disagreements.assertNone(compared);
    }

    private static String describe(Model model) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < model.rootTemplates.size(); r++) {
            int node = model.rootNodes.get(r);
            s.append("\n  root \"").append(model.rootTemplates.get(r).source).append("\" -> ")
                    .append(node == Model.FOREIGN ? "foreign" : Integer.toString(node));
        }
        for (int n = 0; n < model.nodes.size(); n++) {
            s.append("\n  node ").append(n).append(" fallback ").append(model.fallbacks.get(n));
            for (Member m : model.nodes.get(n)) {
                s.append("\n    ").append(m.kind).append(" \"").append(m.template.source).append('"');
                switch (m.kind) {
                    case 'm': s.append(' ').append(m.httpMethod).append(' ').append(m.value); break;
                    case 'l': s.append(" -> ").append(java.util.Arrays.toString(m.targets)); break;
                    default: s.append(" opaque ").append(m.value); break;
                }
            }
        }
        return s.toString();
    }
}
