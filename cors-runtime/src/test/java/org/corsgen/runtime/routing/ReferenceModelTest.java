package org.corsgen.runtime.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Compares {@link RouteTable} with a deliberately naive model of §3.7.2 as Jersey 3.1/4.0 implement it
 * (a matching template that does not serve the method is passed over for a later one that does, until a
 * locator matches) on random tables and paths: every
 * template is a full Java regex R(T) built here from its tokens (independently of the segment matcher and
 * the index), every step scans and sorts all candidates. Tie rules mirror the table's documented choices
 * (a group of equal R(T) sorts with its greatest key; remaining ties by R(T) identity).
 */
class ReferenceModelTest {

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
        new Token("{n: [0-9]+}", "([0-9]+)", 0, 1, 1, "12", "7"),
        new Token("{r: .+}", "(.+)", 0, 1, 1, "a/b", "7", "x.json/a"),
        new Token("{p}.json", "([^/]+)\\.json", 5, 1, 0, "x.json", "a-b.json"),
        new Token("{p}-{q}", "([^/]+)-([^/]+)", 1, 2, 0, "a-b", "a-b.json"),
        new Token("v{p}", "v([^/]+)", 1, 1, 0, "v1", "vv"),
    };

    private static final String[] PATH_SEGMENTS = {
        "a", "b", "ab", "x%20y", "x y", "12", "7", "a-b.json", "x.json", "-", "v1", "v", "", "a;m=1", "%2F", "a%2Fb",
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

        static final Comparator<Template> SPECIFICITY = Comparator.<Template>comparingInt(t -> -t.literals)
                .thenComparingInt(t -> -t.variables).thenComparingInt(t -> -t.regexes);
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
        final int target;

        Member(char kind, Template template, String httpMethod, String value, int target) {
            this.kind = kind;
            this.template = template;
            this.httpMethod = httpMethod;
            this.value = value;
            this.target = target;
        }

        boolean isResourceMethod() {
            return kind == 'm' && template.regex.pattern().equals("(/.*)?");
        }
    }

    private static final class Model {
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

        RouteTable<String> table() {
            return table(v -> v);
        }

        /** The table with each value (and fallback) mapped by {@code f} ({@code null} stays {@code null}). */
        <V> RouteTable<V> table(java.util.function.Function<String, V> f) {
            java.util.function.Function<String, V> g = v -> v == null ? null : f.apply(v);
            RouteTable.Builder<V> b = RouteTable.builder();
            for (int n = 0; n < nodes.size(); n++) {
                RouteTable.NodeBuilder<V> nb = b.node(n, g.apply(fallbacks.get(n)));
                for (Member m : nodes.get(n)) {
                    switch (m.kind) {
                        case 'm': nb.method(m.template.source, m.httpMethod, g.apply(m.value)); break;
                        case 'l': nb.locator(m.template.source, m.target); break;
                        default: nb.opaqueLocator(m.template.source, g.apply(m.value)); break;
                    }
                }
            }
            for (int r = 0; r < rootTemplates.size(); r++) {
                b.root(rootTemplates.get(r).source, rootNodes.get(r));
            }
            return b.build();
        }

        String lookup(String path, String httpMethod) {
            String p = path.startsWith("/") ? path.substring(1) : path;
            String u = "/" + p.replaceAll(";[^/]*", "");

            // phase 1: Jersey's root routes, per R(T) group in precedence order: the closed route of the
            // group's resource methods, then the open route if a member has sub-resources
            Map<String, Template> best = new LinkedHashMap<>();
            for (Template t : rootTemplates) {
                Template old = best.get(t.key);
                if (old == null || Template.SPECIFICITY.compare(t, old) < 0) {
                    best.put(t.key, t);
                }
            }
            List<Template> groups = new ArrayList<>(best.values());
            groups.sort(Template.SPECIFICITY.thenComparing(x -> x.key));
            List<Member> refused = null;
            List<Integer> set = null;
            String rest = null;
            String fallback = null;
            for (Template group : groups) {
                String fg = finalGroup(group, u);
                if (fg == null) {
                    continue;
                }
                List<Integer> members = new ArrayList<>();
                for (int r = 0; r < rootTemplates.size(); r++) {
                    if (rootTemplates.get(r).key.equals(group.key) && !members.contains(rootNodes.get(r))) {
                        members.add(rootNodes.get(r));
                    }
                }
                List<Member> resourceMethods = new ArrayList<>();
                Integer firstWithChildren = null;
                for (int node : members) {
                    for (Member m : nodes.get(node)) {
                        if (m.isResourceMethod()) {
                            resourceMethods.add(m);
                        }
                    }
                    if (firstWithChildren == null && hasChildren(node)) {
                        firstWithChildren = node;
                    }
                }
                if (consumed(fg) && !resourceMethods.isEmpty()) {
                    if (serves(resourceMethods, httpMethod)) {
                        return select(resourceMethods, httpMethod);
                    }
                    if (refused == null) {
                        refused = resourceMethods;
                    }
                }
                if (firstWithChildren != null) {
                    if (refused != null) {
                        return select(refused, httpMethod);
                    }
                    set = members;
                    rest = fg;
                    fallback = fallbacks.get(consumed(fg) ? members.get(0) : firstWithChildren);
                    break;
                }
            }
            if (set == null) {
                return refused == null ? null : select(refused, httpMethod);
            }

            // phase 2: the same rule over the sub-resource methods (grouped by R(T)) and locators
            for (int depth = 0; depth < 10_000; depth++) {
                List<Member> resourceMethods = new ArrayList<>();
                List<Member> children = new ArrayList<>();
                for (int node : set) {
                    for (Member m : nodes.get(node)) {
                        (m.isResourceMethod() ? resourceMethods : children).add(m);
                    }
                }
                if (consumed(rest) && !resourceMethods.isEmpty()) {
                    return select(resourceMethods, httpMethod);
                }
                // group K: methods by their greatest key, a locator by the first declared with its R(T)
                Map<String, Template> methodGroup = new LinkedHashMap<>();
                Map<String, Member> firstLocator = new LinkedHashMap<>();
                for (Member m : children) {
                    if (m.kind == 'm') {
                        Template old = methodGroup.get(m.template.key);
                        if (old == null || Template.SPECIFICITY.compare(m.template, old) < 0) {
                            methodGroup.put(m.template.key, m.template);
                        }
                    } else {
                        firstLocator.putIfAbsent(m.template.key, m);
                    }
                }
                List<Object[]> routes = new ArrayList<>(); // {template, isMethod}
                methodGroup.values().forEach(t -> routes.add(new Object[] {t, true}));
                firstLocator.values().forEach(l -> routes.add(new Object[] {l.template, false}));
                routes.sort((a, b) -> better((Template) a[0], (Boolean) a[1], (Template) b[0], (Boolean) b[1]) ? -1
                        : better((Template) b[0], (Boolean) b[1], (Template) a[0], (Boolean) a[1]) ? 1 : 0);
                refused = null;
                Member chosen = null;
                String chosenRest = null;
                for (Object[] route : routes) {
                    Template t = (Template) route[0];
                    String fg = finalGroup(t, rest);
                    if (fg == null) {
                        continue;
                    }
                    if ((Boolean) route[1]) {
                        if (!consumed(fg)) {
                            continue;
                        }
                        List<Member> methods = new ArrayList<>();
                        for (Member m : children) {
                            if (m.kind == 'm' && m.template.key.equals(t.key)) {
                                methods.add(m);
                            }
                        }
                        if (serves(methods, httpMethod)) {
                            return select(methods, httpMethod);
                        }
                        if (refused == null) {
                            refused = methods;
                        }
                        continue;
                    }
                    if (refused != null) {
                        return select(refused, httpMethod);
                    }
                    chosen = firstLocator.get(t.key);
                    chosenRest = fg;
                    break;
                }
                if (chosen == null) {
                    return refused != null ? select(refused, httpMethod) : fallback;
                }
                if (chosen.kind == 'o') {
                    return chosen.value;
                }
                set = List.of(chosen.target);
                fallback = fallbacks.get(chosen.target);
                rest = chosenRest;
            }
            throw new AssertionError("the model did not terminate");
        }

        /** Jersey's "designator match": the method, HEAD where GET is, OPTIONS always. */
        private static boolean serves(List<Member> methods, String httpMethod) {
            if (httpMethod.equals("OPTIONS")) {
                return true;
            }
            for (Member m : methods) {
                if (m.httpMethod.equals(httpMethod) || httpMethod.equals("HEAD") && m.httpMethod.equals("GET")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean better(Template t, boolean isMethod, Template best, boolean bestIsMethod) {
            if (best == null) {
                return true;
            }
            int c = Template.SPECIFICITY.compare(t, best);
            if (c != 0) {
                return c < 0;
            }
            if (isMethod != bestIsMethod) {
                return isMethod;
            }
            return t.key.compareTo(best.key) < 0;
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

        private static String select(List<Member> methods, String httpMethod) {
            for (Member m : methods) {
                if (m.httpMethod.equals(httpMethod)) {
                    return m.value;
                }
            }
            if (httpMethod.equals("HEAD")) {
                for (Member m : methods) {
                    if (m.httpMethod.equals("GET")) {
                        return m.value;
                    }
                }
            }
            return methods.get(0).value;
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
                if (kind < 7) {
                    members.add(new Member('m', randomTemplate(random, true),
                            METHODS[random.nextInt(METHODS.length)], value, -1));
                } else if (kind < 9) {
                    members.add(new Member('l', randomTemplate(random, false), null, null, random.nextInt(nodeCount)));
                } else {
                    members.add(new Member('o', randomTemplate(random, false), null, value, -1));
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

    @Test
    void agreesWithTheNaiveModel() {
        Random random = new Random(20240607);
        int compared = 0;
        for (int table = 0; table < 1500; table++) {
            Model model = randomModel(random);
            RouteTable<String> routes = model.table();
            for (int i = 0; i < 200; i++) {
                String path = random.nextInt(4) == 0 ? randomPath(random) : plausiblePath(random, model);
                String method = METHODS[random.nextInt(METHODS.length)];
                String expected = model.lookup(path, method);
                String actual = routes.lookup(path, method);
                if (expected == null ? actual != null : !expected.equals(actual)) {
                    assertEquals(expected, actual, "table " + table + ": " + describe(model) + "\n" + method + " " + path);
                }
                compared++;
            }
        }
        assertEquals(1500 * 200, compared);
    }

    /** A value equal to every other of its class, as policies are whatever route they were named for. */
    record Coarse(String exact, char kind) {
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
        int shortcuts = 0;
        for (int table = 0; table < 1500; table++) {
            Model model = randomModel(random);
            RouteTable<Coarse> routes = model.table(Coarse::of);
            for (int i = 0; i < 200; i++) {
                String path = random.nextInt(4) == 0 ? randomPath(random) : plausiblePath(random, model);
                String method = METHODS[random.nextInt(METHODS.length)];
                String expected = model.lookup(path, method);
                Coarse actual = routes.lookupEqual(path, method);
                Coarse exact = routes.lookup(path, method);
                if (expected == null ? actual != null : !Coarse.of(expected).equals(actual)) {
                    assertEquals(expected == null ? null : Coarse.of(expected), actual,
                            "table " + table + ": " + describe(model) + "\n" + method + " " + path);
                }
                if (actual != null && !actual.exact().equals(exact.exact())) {
                    shortcuts++;
                }
            }
        }
        assertTrue(shortcuts > 1000, "the shortcut was taken and returned another route's equal value: " + shortcuts);
    }

    private static String describe(Model model) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < model.rootTemplates.size(); r++) {
            s.append("\n  root \"").append(model.rootTemplates.get(r).source).append("\" -> ").append(model.rootNodes.get(r));
        }
        for (int n = 0; n < model.nodes.size(); n++) {
            s.append("\n  node ").append(n).append(" fallback ").append(model.fallbacks.get(n));
            for (Member m : model.nodes.get(n)) {
                s.append("\n    ").append(m.kind).append(" \"").append(m.template.source).append("\" ")
                        .append(m.httpMethod).append(' ').append(m.value).append(' ').append(m.target);
            }
        }
        return s.toString();
    }
}
