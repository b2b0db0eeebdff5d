package org.corsgen.conformance.generated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.corsgen.conformance.generated.ResourceSet.Member;
import org.corsgen.conformance.generated.ResourceSet.Module;
import org.corsgen.conformance.generated.ResourceSet.ResourceClass;

/**
 * One seeded, random {@link ResourceSet} for the differential test: modules A and B compiled with corsgen,
 * module C without, and a few areas below the set's prefix {@code g<seed>}, each of one {@link Area} kind,
 * so that every set has templates that compete: literals, templates and regexes of equal specificity, in one
 * class and across root classes and modules; media-type variants of one path and HTTP method; and locators
 * declared to return a base class that return a subclass with methods of its own.
 *
 * <p>Each corsgen module also has a canary resource ({@link #canaryPath}). Every policy is written so that
 * the model knows it exactly: a full {@code @CrossOrigin} (every attribute
 * written, {@code methods} explicit) on a class or method, or an {@code origins}-only one below a full one.
 */
final class ResourceSetGenerator {

    static final String OPEN = "https://open.example";
    static final String STRICT = "https://strict.example";
    static final String OTHER = "https://other.example";
    static final List<String> ORIGINS = List.of(OPEN, STRICT, OTHER);
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    static final List<String> REQUEST_HEADERS = List.of("Content-Type", "X-Token", "X-Trace");
    static final List<String> EXPOSED_HEADERS = List.of("X-Ran", "X-Total");
    static final List<String> MEDIA_TYPES = List.of("application/json", "text/html", "text/plain");

    /** The origin of each corsgen module's canary resource ({@link #canaryPath}), in no other policy. */
    static final String CANARY = "https://canary.example";

    static final String NUMBER = "{n: [0-9]+}";
    static final String WORD = "{w: [a-z0-9]+}";

    /** The kinds of competing templates an area of a set has. */
    enum Area {
        /** One class: {@code {n: [0-9]+}} vs {@code {w: [a-z0-9]+}} vs {@code {x}} vs literals, per HTTP method. */
        TIES_IN_ONE_CLASS,
        /** Roots {@code a/{n: [0-9]+}}, {@code a/{w: [a-z0-9]+}} (and {@code a/{x}} or {@code a/7}), any module. */
        TIES_ACROSS_ROOTS,
        /** One path and HTTP method, several {@code @Produces} / {@code @Consumes} variants with their own policies. */
        MEDIA_TYPES,
        /** A locator declared to return {@code Base}, returning {@code Derived}, which adds methods. */
        LOCATOR_SUBCLASS,
        /** {@code a/admin} in one corsgen module, {@code a/{any: .*}} in the other, {@code a/plain} in C. */
        MODULES_OVERLAP
    }

    private final Random random;
    private final ResourceSet set;
    private final Module a;
    private final Module b;
    private final Module c;
    private int names;

    private ResourceSetGenerator(long seed) {
        this.random = new Random(seed);
        this.set = new ResourceSet("seed " + seed, "g" + Long.toHexString(seed));
        this.a = set.module("A", true);
        this.b = set.module("B", true);
        this.c = set.module("C", false);
    }

    static ResourceSet generate(long seed) {
        return new ResourceSetGenerator(seed).build();
    }

    /**
     * @return the path of the canary of a corsgen module: a GET whose policy allows {@link #CANARY}, so that a
     *     deployment can tell that the module's CORS feature is active (else every check would pass vacuously)
     */
    static String canaryPath(Module module) {
        return module.set.prefix() + "/canary" + module.name.toLowerCase(Locale.ROOT);
    }

    private ResourceSet build() {
        for (Module m : List.of(a, b)) {
            CrossOriginSpec canary = CrossOriginSpec.full(List.of(CANARY), false, List.of("GET"),
                    List.of("Content-Type"), List.of());
            m.root(name("Canary"), "canary" + m.name.toLowerCase(Locale.ROOT), canary).method(name("get"), "GET", null,
                    null);
        }
        List<Area> areas = new ArrayList<>(List.of(Area.values()));
        for (int extra = 1 + random.nextInt(2); extra > 0; extra--) {
            areas.add(pick(List.of(Area.values())));
        }
        Collections.shuffle(areas, random);
        for (int i = 0; i < areas.size(); i++) {
            String area = "a" + i;
            switch (areas.get(i)) {
                case TIES_IN_ONE_CLASS -> tiesInOneClass(area);
                case TIES_ACROSS_ROOTS -> tiesAcrossRoots(area);
                case MEDIA_TYPES -> mediaTypes(area);
                case LOCATOR_SUBCLASS -> locatorSubclass(area);
                case MODULES_OVERLAP -> modulesOverlap(area);
                default -> throw new AssertionError(areas.get(i));
            }
        }
        // every module takes part (A and B at least with their canaries)
        if (c.classes.isEmpty()) {
            c.root(name("R"), "plain", null).method(name("m"), "GET", null, null);
        }
        return set;
    }

    private void tiesInOneClass(String area) {
        Module m = anyModule();
        ResourceClass r = m.root(name("R"), area, classPolicy(m));
        List<String> pool = new ArrayList<>(List.of("7", "abc", "{x}", NUMBER + "/p", WORD + "/p", "{x}/p", "7/p"));
        pool.add(null);
        Collections.shuffle(pool, random);
        List<String> paths = new ArrayList<>(List.of(NUMBER, WORD));
        paths.addAll(pool.subList(0, 1 + random.nextInt(4)));
        String tie = pick(METHODS);
        for (String path : paths) {
            List<String> verbs = someOf(METHODS, 1 + random.nextInt(2));
            if ((NUMBER.equals(path) || WORD.equals(path)) && !verbs.contains(tie)) {
                verbs.add(tie);
            }
            for (String verb : verbs) {
                r.method(name(verb.toLowerCase(Locale.ROOT)), verb, path, methodPolicy(m, r.policy != null, 0.4));
            }
        }
    }

    private void tiesAcrossRoots(String area) {
        List<String> roots = new ArrayList<>(List.of(NUMBER, WORD));
        if (random.nextBoolean()) {
            roots.add(random.nextBoolean() ? "{x}" : "7");
        }
        String tie = pick(METHODS);
        for (String root : roots) {
            Module m = anyModule();
            ResourceClass r = m.root(name("R"), area + "/" + root, classPolicy(m));
            List<String> paths = new ArrayList<>();
            paths.add(null);
            List<String> more = new ArrayList<>(List.of("p", "{k: [0-9]+}", "q"));
            Collections.shuffle(more, random);
            paths.addAll(more.subList(0, random.nextInt(3)));
            for (String path : paths) {
                List<String> verbs = someOf(METHODS, 1 + random.nextInt(2));
                if (path == null && !verbs.contains(tie)) {
                    verbs.add(tie);
                }
                for (String verb : verbs) {
                    r.method(name(verb.toLowerCase(Locale.ROOT)), verb, path, methodPolicy(m, r.policy != null, 0.4));
                }
            }
        }
    }

    private void mediaTypes(String area) {
        Module m = random.nextInt(8) == 0 ? c : random.nextBoolean() ? a : b;
        ResourceClass r = m.root(name("R"), area, classPolicy(m));
        String path = random.nextBoolean() ? null : "m";
        boolean outer = r.policy != null;
        for (String type : someOf(MEDIA_TYPES, 2 + random.nextInt(2))) {
            r.method(name("get"), "GET", path, methodPolicy(m, outer, 0.7)).produces(type);
        }
        for (String type : List.of("text/plain", "application/json")) {
            r.method(name("post"), "POST", path, methodPolicy(m, outer, 0.7)).consumes(type);
        }
        if (random.nextBoolean()) {
            r.method(name("put"), "PUT", path, methodPolicy(m, outer, 0.7)).consumes("application/json")
                    .produces("application/json");
            r.method(name("put"), "PUT", path, methodPolicy(m, outer, 0.7)).consumes("text/plain");
        }
        if (random.nextBoolean()) {
            r.method(name("delete"), "DELETE", path, methodPolicy(m, outer, 0.4));
        }
    }

    private void locatorSubclass(String area) {
        Module m = anyModule();
        ResourceClass root = m.root(name("R"), area, classPolicy(m));
        ResourceClass base = m.subResource(name("Base"), null);
        ResourceClass derived = m.subResource(name("Derived"), base);
        boolean returnsDerived = random.nextInt(5) > 0;
        Member locator = root.locator(name("sub"), "s", methodPolicy(m, root.policy != null, 0.5), base,
                returnsDerived ? derived : base);
        boolean outer = root.policy != null || locator.policy != null;
        root.method(name("get"), "GET", null, methodPolicy(m, root.policy != null, 0.3));
        if (random.nextInt(3) == 0) {
            root.method(name("delete"), "DELETE", "s/danger", methodPolicy(m, root.policy != null, 0.5));
        }
        base.method(name("get"), "GET", null, methodPolicy(m, outer, 0.4));
        if (random.nextBoolean()) {
            base.method(name("put"), "PUT", "x", methodPolicy(m, outer, 0.4));
        }
        derived.method(name("danger"), "DELETE", "danger", methodPolicy(m, outer, 0.7));
        if (random.nextBoolean()) {
            derived.method(name("get"), "GET", "more", methodPolicy(m, outer, 0.5));
        }
        if (random.nextInt(5) < 2) {
            derived.method(name("post"), "POST", null, methodPolicy(m, outer, 0.5));
        }
    }

    private void modulesOverlap(String area) {
        boolean adminInA = random.nextBoolean();
        Module admin = adminInA ? a : b;
        Module any = adminInA ? b : a;
        for (Object[] root : new Object[][] {{admin, "admin"}, {any, "{any: .*}"}, {c, "plain"}}) {
            Module m = (Module) root[0];
            ResourceClass r = m.root(name("R"), area + "/" + root[1], m.corsgen ? fullPolicy() : null);
            List<String> verbs = new ArrayList<>(List.of("GET", "DELETE"));
            if (random.nextInt(5) < 2) {
                verbs.add(pick(List.of("POST", "PUT", "PATCH")));
            }
            for (String verb : verbs) {
                r.method(name(verb.toLowerCase(Locale.ROOT)), verb, null, methodPolicy(m, r.policy != null, 0.25));
            }
        }
    }

    private Module anyModule() {
        int r = random.nextInt(5);
        return r < 2 ? a : r < 4 ? b : c;
    }

    private CrossOriginSpec classPolicy(Module m) {
        return m.corsgen && random.nextInt(20) < 13 ? fullPolicy() : null;
    }

    /**
     * @param outerWritten whether an enclosing level has a (full) policy, below which an origins-only one is exact
     * @param full the chance of a full policy of the method's own
     */
    private CrossOriginSpec methodPolicy(Module m, boolean outerWritten, double full) {
        if (!m.corsgen) {
            return null;
        }
        double r = random.nextDouble();
        if (r < full) {
            return fullPolicy();
        }
        if (outerWritten && r < full + 0.15) {
            return CrossOriginSpec.originsOnly(someOf(ORIGINS, 1 + random.nextInt(2)).toArray(new String[0]));
        }
        return null;
    }

    private CrossOriginSpec fullPolicy() {
        boolean any = random.nextInt(5) == 0;
        List<String> origins = any ? List.of("*") : someOf(ORIGINS, 1 + random.nextInt(2));
        boolean credentials = !any && random.nextBoolean();
        List<String> methods = new ArrayList<>();
        for (String verb : METHODS) {
            if (random.nextInt(5) < 3) {
                methods.add(verb);
            }
        }
        if (methods.isEmpty()) {
            methods.add(pick(METHODS));
        }
        List<String> allowed = random.nextInt(7) == 0 ? List.of("*") : someOf(REQUEST_HEADERS, 1 + random.nextInt(3));
        List<String> exposed = someOf(EXPOSED_HEADERS, random.nextInt(3));
        return CrossOriginSpec.full(origins, credentials, methods, allowed, exposed);
    }

    private List<String> someOf(List<String> pool, int n) {
        List<String> copy = new ArrayList<>(pool);
        Collections.shuffle(copy, random);
        List<String> out = new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
        out.sort((x, y) -> Integer.compare(pool.indexOf(x), pool.indexOf(y)));
        return out;
    }

    private <T> T pick(List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private String name(String stem) {
        return stem + (names++);
    }
}
