package org.corsgen.conformance.generated;

import static org.corsgen.conformance.generated.ResourceSetGenerator.METHODS;
import static org.corsgen.conformance.generated.ResourceSetGenerator.ORIGINS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.corsgen.testsupport.CorsHeaders;


/**
 * The requests the differential test sends to one deployed set: paths made from every full template of the
 * set (each variable filled with values that make templates compete, then a segment more, the parent path,
 * and paths no template matches), and for each path actual requests and preflights with every HTTP method of
 * the model, origins of the pool, and {@code Content-Type}/{@code Accept} values that pick media-type variants.
 */
final class RequestPlan {

    /** Values for template variables: digits match both {@code {n}} and {@code {w}}; words only {@code {w}}. */
    static final List<String> VALUES = List.of("7", "42", "abc", "admin", "plain", "x9", "x/y");
    static final List<String> ACCEPTS = List.of("application/json", "text/html", "text/plain");
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/json", "application/xml");
    static final List<String> REQUESTED_HEADERS = List.of("content-type", "x-token", "x-token, x-trace",
            "content-type, x-unknown", "X-Trace");

    private final ResourceSet set;
    private final Random random;

    RequestPlan(ResourceSet set, long seed) {
        this.set = set;
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    /** @return the paths to probe: instances of every template, near misses, and paths nothing matches */
    List<String> paths() {
        Set<String> out = new LinkedHashSet<>();
        for (Endpoint e : set.endpoints().values()) {
            for (String path : instances(TemplatePattern.of(e.template()))) {
                out.add(path);
                out.add(path + "/zz");
                int slash = path.lastIndexOf('/');
                if (slash > set.prefix().length()) {
                    out.add(path.substring(0, slash));
                }
            }
        }
        out.add(set.prefix() + "/nothing");
        out.add(set.prefix() + "/a0/zz/zz");
        return new ArrayList<>(out);
    }

    private List<String> instances(TemplatePattern template) {
        List<String> paths = new ArrayList<>(List.of(""));
        for (TemplatePattern.Part part : template.parts()) {
            List<String> values;
            if (part.isVariable()) {
                Pattern re = Pattern.compile(part.regex());
                List<String> fitting = new ArrayList<>();
                for (String v : VALUES) {
                    if (re.matcher(v).matches()) {
                        fitting.add(v);
                    }
                }
                Collections.shuffle(fitting, random);
                // "7" and "abc" first where they fit: they make {n}, {w} and {x} compete
                fitting.sort((x, y) -> Boolean.compare(!isTieValue(x), !isTieValue(y)));
                values = fitting.subList(0, Math.min(2, fitting.size()));
            } else {
                values = List.of(part.literal());
            }
            List<String> next = new ArrayList<>();
            for (String p : paths) {
                for (String v : values) {
                    next.add(p + v);
                }
            }
            paths = next.size() > 4 ? next.subList(0, 4) : next;
        }
        return paths;
    }

    private static boolean isTieValue(String v) {
        return v.equals("7") || v.equals("abc");
    }

    /** Actual requests at {@code path}: every HTTP method, one or two origins, a media-type variant each. */
    List<Request> actuals(String path) {
        List<Request> out = new ArrayList<>();
        for (String method : METHODS) {
            for (String origin : origins()) {
                List<String> h = new ArrayList<>(List.of("Origin", origin));
                if (hasBody(method)) {
                    h.add("Content-Type");
                    h.add(pick(CONTENT_TYPES));
                }
                if (!hasBody(method) || random.nextInt(4) == 0) {
                    String accept = pickOrNull(ACCEPTS);
                    if (accept != null) {
                        h.add("Accept");
                        h.add(accept);
                    }
                }
                if (random.nextInt(4) == 0) {
                    h.add("X-Token");
                    h.add("t");
                }
                out.add(new Request(method, path, h));
            }
        }
        return out;
    }

    /** Preflights at {@code path}: every HTTP method, one or two origins, sometimes requested headers. */
    List<Request> preflights(String path) {
        List<Request> out = new ArrayList<>();
        for (String method : METHODS) {
            for (String origin : origins()) {
                out.add(Request.preflight(path, origin, method, pickOrNull(REQUESTED_HEADERS)));
            }
        }
        return out;
    }

    /**
     * The actual requests a browser may send after {@code preflight} was allowed: its method, origin and
     * requested headers, with each {@code Accept} and (for a body, and only when {@code content-type} was
     * asked for, else the safelisted {@code text/plain}) {@code Content-Type} the generated variants use.
     */
    static List<Request> followUps(Request preflight) {
        String method = preflight.header(CorsHeaders.ACRM);
        String origin = preflight.header("Origin");
        List<String> requested = CorsHeaders.tokens(preflight.header(CorsHeaders.ACRH)).stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<String> base = new ArrayList<>(List.of("Origin", origin));
        for (String h : requested) {
            if (!h.equals("content-type")) {
                base.add(h);
                base.add("t");
            }
        }
        List<String> types = !hasBody(method) ? Collections.singletonList(null)
                : requested.contains("content-type") ? List.of("text/plain", "application/json")
                : List.of("text/plain");
        List<String> accepts = new ArrayList<>();
        accepts.add(null);
        accepts.addAll(ACCEPTS);
        List<Request> out = new ArrayList<>();
        for (String type : types) {
            for (String accept : accepts) {
                List<String> h = new ArrayList<>(base);
                if (type != null) {
                    h.add("Content-Type");
                    h.add(type);
                }
                if (accept != null) {
                    h.add("Accept");
                    h.add(accept);
                }
                out.add(new Request(method, preflight.path(), h));
            }
        }
        return out;
    }

    static boolean hasBody(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private List<String> origins() {
        List<String> copy = new ArrayList<>(ORIGINS);
        Collections.shuffle(copy, random);
        return copy.subList(0, random.nextBoolean() ? 1 : 2);
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private String pickOrNull(List<String> pool) {
        int i = random.nextInt(pool.size() + 1);
        return i == pool.size() ? null : pool.get(i);
    }
}
