package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * Finds the value (for the generated filter: the CORS policy) of the resource method that a Jakarta REST
 * 3.1 container will match for a request path and HTTP method, <em>before</em> the container matches it,
 * so that a pre-matching filter can answer preflights.
 *
 * <p>The table is a graph of resource nodes, built once at start-up from data the processor wrote. A node
 * is a resource class (as reached from a root {@code @Path} or through a sub-resource locator); it has
 * resource methods (template {@code ""}), sub-resource methods (template = the method's {@code @Path})
 * and sub-resource locators (template = the locator's {@code @Path}, leading to another node, possibly
 * forming a cycle).
 *
 * <p>Lookup follows Jakarta REST 3.1 §3.7.2 (root selection, sub-resource selection by the sort key
 * literal characters / template variables / variables with a regex, sub-resource methods before locators,
 * then the HTTP method with HEAD served by GET) as Jersey 3.1/4.0 implement it, on the encoded path as
 * {@code UriInfo.getPath(false)} returns it ({@code items/1} on Jersey, {@code /items/1} on RESTEasy): one
 * leading {@code /} is ignored, matrix parameters ({@code ;v=2}) are ignored in each segment, and a final
 * {@code /} is equivalent to none. Literal and plain {@code {param}} segments are matched without regex; a
 * template's own {@code {param: regex}} is compiled once, when the table is built.
 *
 * <p>Where the spec stops at the most specific matching template, Jersey goes on (its
 * {@code PathMatchingRouter}): a template whose methods match the whole path but do not serve the request's
 * method (HEAD counts as GET, OPTIONS is always served) is passed over for the next matching template of
 * the same step that serves it; only when a locator (or a root with sub-resources) matches first, or
 * nothing else matches, does the passed-over template answer (405). So with {@code @GET {id}} and
 * {@code @PUT {id: [0-9]+}}, {@code GET items/42} reaches the {@code GET} method, as it does on Jersey and
 * RESTEasy alike (measured by the differential routing test of {@code cors-tests}).
 *
 * <p>What a lookup returns:
 * <ol>
 *   <li>the path resolves to a method serving the HTTP method: that method's value;</li>
 *   <li>the path resolves to a set of methods without it (the container answers 405, or a plain OPTIONS):
 *       the value of the first method of that set, in registration order;</li>
 *   <li>the path enters a node but resolves to no method (the container answers 404): the node's
 *       fallback value (may be {@code null});</li>
 *   <li>no root matches: {@code null}.</li>
 * </ol>
 *
 * <p>Never wider than the method that runs: where the container may run either of several methods for the
 * same request, their values are combined with the table's <em>narrower</em> ({@link #builder(BinaryOperator)};
 * for CORS policies the policy that allows only what all allow, {@code null} standing for a method without a
 * policy). That is so
 * <ul>
 *   <li>for methods of one candidate with the same HTTP method (they differ in {@code @Consumes} or
 *       {@code @Produces}, which a preflight does not carry, or their classes share a root template);</li>
 *   <li>for <em>equally specific</em> candidates (an equal sort key, another R(T): {@code {n: [0-9]+}} and
 *       {@code {w: [a-z0-9]+}}), whose order the spec leaves open and Jersey and RESTEasy decide differently:
 *       when the candidate that decides (its method serves the request, it is followed into phase 2, or, as a
 *       root with sub-resources, it turns an earlier root's refusal into the 405) has
 *       equally specific ones after it that match too, each of those is resolved as if it had decided, and
 *       the values of those that reach a method (a <em>hit</em>: case 1 above, an opaque locator, a foreign
 *       root) are narrowed together; a 404 or 405 in one of them is not a method that runs and adds
 *       nothing (if none reaches a method, the deciding candidate's answer stands);</li>
 *   <li>for a locator that may return several classes (its declared return type and subclasses,
 *       {@link NodeBuilder#locator(String, int...)}), or several locators with one R(T) in a set: every class
 *       is followed, and the hits are narrowed the same way;</li>
 *   <li>for a root resource class that no corsgen module compiled ({@link Builder#foreignRoot}): its methods
 *       are unknown, so a path it matches (with any remainder) is a hit with no value, narrowed with what
 *       the corsgen roots sharing its template give.</li>
 * </ul>
 * A lookup that branches so examines at most {@link #BRANCH_BUDGET} candidates; past that, its answer is
 * narrowed with {@code null}. {@link #lookupUnmatched}, for requests the container matched to no method,
 * narrows over every method of every template that matches the whole path.
 *
 * Lookups never allocate on the common paths, never throw, and do bounded work for any input.
 *
 * <p>Details and choices where the spec or the implementations leave room:
 * <ul>
 *   <li>Matrix parameters are ignored, as Jersey and RESTEasy both do when they match.</li>
 *   <li>Template literals are percent-encoded as Jakarta REST does and compared with the encoded path, hex
 *       digits in either case (as Jersey; RESTEasy compares them case-sensitively); {@code %2F} is never a
 *       separator for a plain {@code {param}}. Unreserved characters the client chose to percent-encode
 *       ({@code %41} for {@code A}) are not decoded here: the container's normalization (RFC 3986 §6.2.2)
 *       is assumed to have done that, if it does.</li>
 *   <li>Jersey's result is followed where Jersey and RESTEasy differ: e.g. a root whose template leaves a
 *       remainder is skipped if its class has no sub-resources (RESTEasy answers 404 instead).</li>
 *   <li>When several roots share a template regex, their classes are merged; a 404 inside them returns the
 *       fallback of the first such root (with a remainder: of the first that has sub-resources).</li>
 *   <li>Locator chains, including cycles, are followed while they consume the path; a locator with an
 *       empty template consumes nothing, and more such steps in a row than there are nodes mean a cycle
 *       that never ends in the container: the current node's fallback is returned. So a lookup takes at
 *       most (path length + 2) &times; (nodes + 1) locator steps.</li>
 *   <li>A template with an explicit regex is matched with its own precompiled {@code Pattern}, which
 *       allocates a {@code Matcher}; a regex that overflows the stack on a huge path counts as no match.</li>
 * </ul>
 *
 * @param <P> the value attached to each method (immutable, shared)
 */
public final class RouteTable<P> {

    /**
     * The most candidates one lookup examines once it branches (equally specific templates, a locator that
     * may return several classes): beyond it the answer is narrowed to "a method without a value may run".
     */
    static final int BRANCH_BUDGET = 4_096;

    /**
     * The deepest nesting of locator branches one lookup follows (each consumes path or is a bounded stall):
     * deeper, its answer is narrowed the same way, so a long path through a self-referencing locator never
     * exhausts a thread's stack.
     */
    static final int BRANCH_DEPTH = 128;

    private final CandidateIndex<RootRoute<P>> roots;
    private final ResourceSet<P>[] nodes;
    private final BinaryOperator<P> narrower;
    /** The binary names of the root resource classes declared with {@link Builder#root(String, int, String)}. */
    private final Set<String> rootClasses;

    RouteTable(CandidateIndex<RootRoute<P>> roots, ResourceSet<P>[] nodes, BinaryOperator<P> narrower) {
        this(roots, nodes, narrower, Set.of());
    }

    private RouteTable(CandidateIndex<RootRoute<P>> roots, ResourceSet<P>[] nodes, BinaryOperator<P> narrower,
            Set<String> rootClasses) {
        this.roots = roots;
        this.nodes = nodes;
        this.narrower = narrower;
        this.rootClasses = rootClasses;
    }

    private RouteTable<P> withRootClasses(Set<String> names) {
        return names.isEmpty() ? this : new RouteTable<>(roots, nodes, narrower, Set.copyOf(names));
    }

    /** @return the binary names of the root resource classes the table was told about */
    public Set<String> rootClasses() {
        return rootClasses;
    }

    /**
     * @return a builder for a table whose nodes are numbered 0..n-1, where the container may run either of
     *     two methods with different values, the lookup answers {@code null} unless the values are equal
     */
    public static <P> Builder<P> builder() {
        return builder((a, b) -> Objects.equals(a, b) ? a : null);
    }

    /**
     * @param narrower where the container may run either of two methods (a preflight cannot tell
     *     {@code @Consumes}/{@code @Produces} variants apart, equally specific templates, a locator that may
     *     return a subclass), combines their values into the value that allows only what both allow; it is
     *     given {@code null} for a method without a value
     * @return a builder for a table whose nodes are numbered 0..n-1
     */
    public static <P> Builder<P> builder(BinaryOperator<P> narrower) {
        return new Builder<>(narrower);
    }

    /**
     * Checks a {@code @Path} value the way building a table does at start-up (the processor calls this, so
     * that a template the container could not use fails the build, not the start).
     *
     * @param template a {@code @Path} value as written
     * @return what is wrong with it (unbalanced braces, a bad variable name, a regex that does not compile),
     *     or {@code null} when it is a valid template
     */
    public static String templateProblem(String template) {
        try {
            Builder<Object> b = RouteTable.builder();
            b.node(0, null).method(template, "GET", null);
            b.root(template, 0).build();
            return null;
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (m == null) {
                return e.toString();
            }
            // "node 0 template \"..\": template \"..\": problem": the problem alone
            String prefix = "template \"" + template + "\": ";
            int at = m.lastIndexOf(prefix);
            return at >= 0 ? m.substring(at + prefix.length()) : m;
        }
    }

    /**
     * @param path the encoded request path relative to the application ({@code UriInfo.getPath(false)})
     * @param httpMethod the request method, or for a preflight its {@code Access-Control-Request-Method}
     * @return the value as described in the class comment, or {@code null}
     */
    public P lookup(String path, String httpMethod) {
        return lookup(path, httpMethod, false);
    }

    /**
     * Like {@link #lookup}, for callers that only need a value <em>equal</em> to the one {@code lookup}
     * returns (the engine: policies compare equal whatever route they were named for): stops as soon as
     * the root class is chosen when every path below it resolves to equal values, and then answers the value
     * the table's {@link SharedValue} made for that root.
     *
     * @return a value equal to {@code lookup(path, httpMethod)}, or {@code null} when that is {@code null}
     */
    public P lookupEqual(String path, String httpMethod) {
        return lookup(path, httpMethod, true);
    }

    /**
     * For a request the container matched to no resource method (it answered 404 or 405, or a filter
     * aborted it before matching): the narrowest of the values of every method, whatever its HTTP method, of
     * every template that matches the whole path, in any class and at any precedence (so never wider than
     * any method that could apply at that path); when no template matches the whole path,
     * {@link #lookup}'s answer (the fallback of the class the path enters).
     *
     * @param path the encoded request path relative to the application
     * @param httpMethod the request method
     * @return the value, or {@code null}
     */
    public P lookupUnmatched(String path, String httpMethod) {
        if (path == null) {
            return null;
        }
        String s = RequestPath.withoutMatrixParameters(path);
        Walk<P> all = new Walk<>();
        int q = RequestPath.start(path);
        int level = roots.deepest(s, q);
        for (int id = roots.next(level, -1); id >= 0; id = roots.next(level, id)) {
            RootRoute<P> root = roots.get(id);
            int next = root.template.matchAfterLeading(s, q);
            if (next < 0) {
                continue;
            }
            if (root.foreign) {
                all.add(null, narrower);
            }
            if (root.set.resourceMethods != null && RequestPath.consumed(s, next)) {
                all.addAll(root.set.resourceMethods, narrower);
            }
            if (root.anyWithChildren) {
                collectAll(root.set, s, next, 0, all);
            }
        }
        return all.hit ? all.value : lookup(path, httpMethod, false);
    }

    /** {@link #lookupUnmatched} below a resource set: every matching method set, every locator's classes. */
    private void collectAll(ResourceSet<P> set, String s, int q, int stalled, Walk<P> all) {
        if (--all.budget < 0 || all.depth >= BRANCH_DEPTH) {
            all.add(narrower.apply(set.fallback, null), narrower); // unsure: narrower
            return;
        }
        if (RequestPath.consumed(s, q) && set.resourceMethods != null) {
            all.addAll(set.resourceMethods, narrower);
        }
        CandidateIndex<ChildRoute<P>> children = set.children;
        int level = children.deepest(s, q);
        for (int id = children.next(level, -1); id >= 0; id = children.next(level, id)) {
            ChildRoute<P> child = children.get(id);
            int next = child.template.matchAfterLeading(s, q);
            if (next < 0) {
                continue;
            }
            if (child.isMethods()) {
                if (RequestPath.consumed(s, next)) {
                    all.addAll(child.methods, narrower);
                }
                continue;
            }
            if (child.opaque) {
                all.add(child.opaqueValue, narrower);
            }
            int nowStalled = next == q ? stalled + 1 : 0;
            if (nowStalled > nodes.length) {
                continue; // a cycle of locators that consume nothing
            }
            all.depth++;
            for (int target : child.targets) {
                collectAll(nodes[target], s, next, nowStalled, all);
            }
            all.depth--;
        }
    }

    private P lookup(String path, String httpMethod, boolean equalIsEnough) {
        if (path == null) {
            return null;
        }
        String s = RequestPath.withoutMatrixParameters(path);
        // the leading '/' is read from the path as given: Jersey's ";v=2/items" starts with an empty segment
        int start = RequestPath.start(path);
        String strict = RequestPath.withLowerCaseEscapesHidden(s);
        if (strict == null) {
            return fromRoots(s, start, httpMethod, equalIsEnough, null);
        }
        // "caf%c3%a9": Jersey matches the literal caf%C3%A9 with it, RESTEasy does not; either may run
        Walk<P> jersey = new Walk<>();
        P value = fromRoots(s, start, httpMethod, false, jersey);
        Walk<P> resteasy = new Walk<>();
        P other = fromRoots(strict, start, httpMethod, false, resteasy);
        if (jersey.hit && resteasy.hit) {
            return narrower.apply(value, other);
        }
        return jersey.hit || !resteasy.hit ? value : other;
    }

    /**
     * Phase 1: roots in precedence order; resource methods that match but do not serve the method are
     * remembered and answer (405) only if no later root serves it before one with sub-resources matches.
     * The root that decides is narrowed with every equally specific root that matches too.
     *
     * @param walk {@code null} until the lookup branches; then it carries the budget and, on return, whether
     *     the value is a method's (a hit) rather than a fallback or a 405's
     */
    private P fromRoots(String s, int q, String httpMethod, boolean equalIsEnough, Walk<P> walk) {
        MethodSet<P> refused = null;
        int level = roots.deepest(s, q);
        for (int id = roots.next(level, -1); id >= 0; id = roots.next(level, id)) {
            RootRoute<P> candidate = roots.get(id);
            int next = candidate.template.matchAfterLeading(s, q);
            if (next < 0) {
                continue;
            }
            MethodSet<P> methods = candidate.set.resourceMethods;
            // a class no corsgen module compiled may serve the method, with or without sub-resources: it decides
            boolean serves = candidate.foreign;
            if (!serves && methods != null && RequestPath.consumed(s, next)) {
                serves = methods.serves(httpMethod);
                if (!serves && refused == null) {
                    refused = methods;
                }
            }
            if (!serves && !candidate.anyWithChildren) {
                continue;
            }
            boolean answers405 = !serves && refused != null;
            if (!candidate.tiedWithNext) {
                return answers405 ? miss(walk, refused.select(httpMethod))
                        : fromRoot(candidate, s, next, httpMethod, equalIsEnough, walk);
            }
            // equally specific roots: the container may pick any of them (a 405 here is no method that runs)
            Walk<P> branch = walk != null ? walk : new Walk<>();
            P value;
            boolean hit;
            if (answers405) {
                value = refused.select(httpMethod);
                hit = false;
            } else {
                value = fromRoot(candidate, s, next, httpMethod, false, branch);
                hit = branch.hit;
            }
            for (int j = roots.next(level, id); j >= 0; j = roots.next(level, j)) {
                RootRoute<P> tied = roots.get(j);
                if (PathTemplate.SPECIFICITY.compare(tied.template, candidate.template) != 0) {
                    break;
                }
                int tiedNext = tied.template.matchAfterLeading(s, q);
                if (tiedNext < 0) {
                    continue;
                }
                boolean tiedServes = tied.set.resourceMethods != null && RequestPath.consumed(s, tiedNext)
                        && tied.set.resourceMethods.serves(httpMethod);
                if (!tiedServes && !tied.anyWithChildren) {
                    continue; // passed over
                }
                P other = fromRoot(tied, s, tiedNext, httpMethod, false, branch);
                if (branch.hit) {
                    value = hit ? narrower.apply(value, other) : other;
                    hit = true;
                }
            }
            branch.hit = hit;
            return value;
        }
        return miss(walk, refused == null ? null : refused.select(httpMethod));
    }

    /** The value of a root that matched (up to {@code next}) and decides: its own method, or phase 2 below it. */
    private P fromRoot(RootRoute<P> root, String s, int next, String httpMethod, boolean equalIsEnough,
            Walk<P> walk) {
        if (root.foreign) {
            // a class no corsgen module compiled shares this template: a method without a policy may run
            if (root.set.resourceMethods == null && root.set.children.isEmpty()) {
                return hit(walk, null);
            }
            Walk<P> inner = new Walk<>();
            P known = fromKnownRoot(root, s, next, httpMethod, inner);
            return hit(walk, narrower.apply(known, null));
        }
        return fromKnownRoot(root, s, next, httpMethod, equalIsEnough, walk);
    }

    private P fromKnownRoot(RootRoute<P> root, String s, int next, String httpMethod, Walk<P> walk) {
        return fromKnownRoot(root, s, next, httpMethod, false, walk);
    }

    private P fromKnownRoot(RootRoute<P> root, String s, int next, String httpMethod, boolean equalIsEnough,
            Walk<P> walk) {
        MethodSet<P> methods = root.set.resourceMethods;
        if (methods != null && RequestPath.consumed(s, next) && methods.serves(httpMethod)) {
            return hit(walk, methods.select(httpMethod));
        }
        if (equalIsEnough && root.shared != null) {
            return hit(walk, root.shared); // phase 2 could only find a value equal to it
        }
        P fallback = RequestPath.consumed(s, next) ? root.fallbackConsumed : root.fallbackWithRemainder;
        return below(root.set, fallback, s, next, httpMethod, 0, walk);
    }

    /**
     * Phase 2, repeated through locators, with the same pass-over rule for sub-resource methods; branches
     * (and so recurses) only for equally specific candidates and for locators that may return several classes.
     */
    private P below(ResourceSet<P> set, P fallback, String s, int q, String httpMethod, int stalled, Walk<P> walk) {
        while (true) {
            if (walk != null && --walk.budget < 0) {
                return hit(walk, narrower.apply(fallback, null)); // unsure: narrower
            }
            if (RequestPath.consumed(s, q) && set.resourceMethods != null) {
                MethodSet<P> methods = set.resourceMethods;
                return methods.serves(httpMethod) ? hit(walk, methods.select(httpMethod))
                        : miss(walk, methods.select(httpMethod));
            }
            CandidateIndex<ChildRoute<P>> children = set.children;
            if (children.isEmpty()) {
                return miss(walk, fallback);
            }
            ChildRoute<P> winner = null;
            int winnerId = -1;
            int winnerNext = -1;
            MethodSet<P> refused = null;
            int level = children.deepest(s, q);
            for (int id = children.next(level, -1); id >= 0; id = children.next(level, id)) {
                ChildRoute<P> candidate = children.get(id);
                int next = candidate.template.matchAfterLeading(s, q);
                if (next < 0) {
                    continue;
                }
                if (candidate.isMethods()) {
                    if (!RequestPath.consumed(s, next)) {
                        continue;
                    }
                    if (candidate.methods.serves(httpMethod)) {
                        if (!candidate.tiedWithNext) {
                            return hit(walk, candidate.methods.select(httpMethod)); // phase 3
                        }
                        return tiedMethods(children, level, id, s, q, httpMethod, walk);
                    }
                    if (refused == null) {
                        refused = candidate.methods;
                    }
                    continue;
                }
                if (refused != null) {
                    return miss(walk, refused.select(httpMethod));
                }
                winner = candidate;
                winnerId = id;
                winnerNext = next;
                break;
            }
            if (winner == null) {
                return miss(walk, refused != null ? refused.select(httpMethod) : fallback);
            }
            if (winner.isSingleTarget() && !winner.tiedWithNext) {
                set = nodes[winner.targets[0]];
                fallback = set.fallback;
                if (winnerNext == q && ++stalled > nodes.length) {
                    return miss(walk, fallback); // a cycle of locators that consume nothing
                } else if (winnerNext != q) {
                    stalled = 0;
                }
                q = winnerNext;
                continue;
            }
            return branchLocators(children, level, winnerId, winnerNext, s, q, httpMethod, stalled, walk);
        }
    }

    /** Sub-resource methods that serve the method, with equally specific ones after them: all may run. */
    private P tiedMethods(CandidateIndex<ChildRoute<P>> children, int level, int id, String s, int q,
            String httpMethod, Walk<P> walk) {
        ChildRoute<P> first = children.get(id);
        P value = first.methods.select(httpMethod);
        for (int j = children.next(level, id); j >= 0; j = children.next(level, j)) {
            ChildRoute<P> tied = children.get(j);
            if (!tied.isMethods() || PathTemplate.SPECIFICITY.compare(tied.template, first.template) != 0) {
                break;
            }
            int next = tied.template.matchAfterLeading(s, q);
            if (next >= 0 && RequestPath.consumed(s, next) && tied.methods.serves(httpMethod)) {
                value = narrower.apply(value, tied.methods.select(httpMethod));
            }
        }
        return hit(walk, value);
    }

    /**
     * A locator that wins: every class it may return, every equally specific locator that matches too, and
     * an unknown class's value; the narrowest of the methods they reach, or (none reached) the first one's
     * fallback.
     */
    private P branchLocators(CandidateIndex<ChildRoute<P>> children, int level, int id, int next, String s, int q,
            String httpMethod, int stalled, Walk<P> walk) {
        Walk<P> branch = walk != null ? walk : new Walk<>();
        ChildRoute<P> first = children.get(id);
        boolean hit = false;
        P value = null;
        P missValue = null;
        boolean anyMiss = false;
        for (int j = id; j >= 0; j = children.next(level, j)) {
            ChildRoute<P> locator = children.get(j);
            int after = next;
            if (j != id) {
                if (locator.isMethods() || PathTemplate.SPECIFICITY.compare(locator.template, first.template) != 0) {
                    break;
                }
                after = locator.template.matchAfterLeading(s, q);
                if (after < 0) {
                    continue;
                }
            }
            if (locator.opaque) {
                value = hit ? narrower.apply(value, locator.opaqueValue) : locator.opaqueValue;
                hit = true;
            }
            int nowStalled = after == q ? stalled + 1 : 0;
            for (int target : locator.targets) {
                ResourceSet<P> set = nodes[target];
                P reached;
                if (nowStalled > nodes.length) {
                    reached = miss(branch, set.fallback); // a cycle of locators that consume nothing
                } else if (branch.depth >= BRANCH_DEPTH) {
                    reached = hit(branch, narrower.apply(set.fallback, null)); // unsure: narrower
                } else {
                    branch.depth++;
                    reached = below(set, set.fallback, s, after, httpMethod, nowStalled, branch);
                    branch.depth--;
                }
                if (branch.hit) {
                    value = hit ? narrower.apply(value, reached) : reached;
                    hit = true;
                } else if (!anyMiss) {
                    missValue = reached;
                    anyMiss = true;
                }
            }
            if (j != id && !locator.tiedWithNext) {
                break;
            }
            if (j == id && !first.tiedWithNext) {
                break;
            }
        }
        branch.hit = hit;
        return hit ? value : missValue;
    }

    private static <P> P hit(Walk<P> walk, P value) {
        if (walk != null) {
            walk.hit = true;
        }
        return value;
    }

    private static <P> P miss(Walk<P> walk, P value) {
        if (walk != null) {
            walk.hit = false;
        }
        return value;
    }

    /**
     * The state of a lookup that branched: what is left of its budget, whether the last value found is a
     * method's (a hit), and for {@link #lookupUnmatched} the narrowest value collected so far.
     */
    private static final class Walk<P> {
        int budget = BRANCH_BUDGET;
        /** How many locator branches the current one is nested in. */
        int depth;
        boolean hit;
        P value;

        void add(P v, BinaryOperator<P> narrower) {
            value = hit ? narrower.apply(value, v) : v;
            hit = true;
        }

        void addAll(MethodSet<P> methods, BinaryOperator<P> narrower) {
            List<P> values = new ArrayList<>();
            methods.addValuesTo(values);
            for (P v : values) {
                add(v, narrower);
            }
        }
    }

    /**
     * Collects nodes and roots; {@link #build()} resolves node references, so nodes may be declared in any
     * order and may refer to each other in cycles.
     *
     * @param <P> the value type
     */
    public static final class Builder<P> {

        private final SortedMap<Integer, NodeDeclaration<P>> nodes = new TreeMap<>();
        private final List<RootDeclaration> roots = new ArrayList<>();
        private final Set<String> rootClasses = new LinkedHashSet<>();
        private final BinaryOperator<P> narrower;
        private SharedValue<P> shared = SharedValue.first();

        private Builder(BinaryOperator<P> narrower) {
            this.narrower = narrower;
        }

        /**
         * @param value what {@link #lookupEqual} answers for a root every path below which resolves to equal
         *     values (by default the first method's value, in registration order)
         * @return this builder
         */
        public Builder<P> sharedValue(SharedValue<P> value) {
            this.shared = value;
            return this;
        }

        /**
         * Declares node {@code index}.
         *
         * @param fallback the value for paths that enter this node but match none of its methods, or {@code null}
         * @return the node's builder
         * @throws IllegalArgumentException if {@code index} is negative or already declared
         */
        public NodeBuilder<P> node(int index, P fallback) {
            if (index < 0) {
                throw new IllegalArgumentException("negative node index " + index);
            }
            NodeDeclaration<P> node = new NodeDeclaration<>(index, fallback);
            if (nodes.putIfAbsent(index, node) != null) {
                throw new IllegalArgumentException("node " + index + " is declared twice");
            }
            return new NodeBuilder<>(node);
        }

        /**
         * Adds a root resource class.
         *
         * @param template the class's {@code @Path} value as written (e.g. {@code "/items"}, {@code "items/{id}"})
         * @param node the node index of that class
         * @return this builder
         */
        public Builder<P> root(String template, int node) {
            roots.add(new RootDeclaration(template, node));
            return this;
        }

        /**
         * Adds a root resource class and names it, so that {@link RouteTable#forMatchedResource} can answer
         * for it when its methods share one value.
         *
         * @param template the class's {@code @Path} value as written
         * @param node the node index of that class
         * @param binaryName the class's binary name, as {@code Class.getName()} returns it
         * @return this builder
         */
        public Builder<P> root(String template, int node, String binaryName) {
            root(template, node);
            if (binaryName != null) {
                rootClasses.add(binaryName);
            }
            return this;
        }

        /**
         * Adds a root resource class that no corsgen module compiled (a class of the application without
         * {@code @CrossOrigin} processing): its methods are unknown, so every path it may match can run a
         * method without a policy, and a lookup that reaches it answers no value or the narrowest with none.
         *
         * @param template the class's {@code @Path} value as written
         * @return this builder
         */
        public Builder<P> foreignRoot(String template) {
            roots.add(new RootDeclaration(template, RootDeclaration.FOREIGN));
            return this;
        }

        /**
         * @return the table
         * @throws IllegalArgumentException for an undeclared node index or a malformed template
         *     (unbalanced braces, a variable regex that does not compile), or a null or empty HTTP method
         */
        public RouteTable<P> build() {
            return TableCompiler.compile(nodes, roots, narrower, shared).withRootClasses(rootClasses);
        }
    }

    /**
     * Adds the methods and locators of one node, in source order.
     *
     * @param <P> the value type
     */
    public static final class NodeBuilder<P> {

        private final NodeDeclaration<P> node;

        private NodeBuilder(NodeDeclaration<P> node) {
            this.node = node;
        }

        /**
         * @param template the method's {@code @Path} as written, or {@code ""} for a resource method without one
         * @param httpMethod the method's designator ({@code "GET"}, or a custom {@code @HttpMethod} value)
         * @param value the value for this method
         * @return this node builder
         */
        public NodeBuilder<P> method(String template, String httpMethod, P value) {
            node.members.add(new NodeDeclaration.Member<>(NodeDeclaration.Kind.METHOD, template, httpMethod, value));
            return this;
        }

        /**
         * @param template the locator's {@code @Path} as written
         * @param targetNodes the nodes of the classes the locator may return: its return type's, then those
         *     of its subclasses (the container routes by the class of the returned object)
         * @return this node builder
         */
        public NodeBuilder<P> locator(String template, int... targetNodes) {
            node.members.add(new NodeDeclaration.Member<>(NodeDeclaration.Kind.LOCATOR, template, null, null,
                    targetNodes.clone()));
            return this;
        }

        /**
         * A locator whose returned class is not known at compile time: every path below it gets {@code value}.
         *
         * @param template the locator's {@code @Path} as written
         * @param value the value for every path below the locator (may be {@code null})
         * @return this node builder
         */
        public NodeBuilder<P> opaqueLocator(String template, P value) {
            node.members.add(new NodeDeclaration.Member<>(NodeDeclaration.Kind.OPAQUE_LOCATOR, template, null, value));
            return this;
        }
    }
}
