package org.corsgen.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The requests of the differential routing test, generated from the full templates (class {@code @Path}
 * + method {@code @Path}) of the {@code Route*} fixture resources: each template instantiated with
 * values that make templates compete, then varied (trailing slash, matrix parameters on the last or the
 * first segment), plus hand-picked edge paths (encoded characters, empty segments, case).
 */
final class RoutingCorpus {

    /** Every full template of the {@code Route*} resources, as written in their annotations. */
    static final List<String> TEMPLATES = List.of(
            "r/items", "r/items/new", "r/items/{id}", "r/items/{id: [0-9]+}", "r/items/{id}/parts",
            "r/items/{id}/history", "r/items/{id}/history/{rev}", "r/items/{id}/history/{rev: [0-9]+}",
            "r/things", "r/things/new", "r/things/{id}/parts", "r/things/{id}",
            "r/files/{name}", "r/files/{path: .+}/raw", "r/files/a b", "r/files/caf\u00e9", "r/files/v1.0",
            "r/c/{a}/b", "r/c/a/{x}", "r/c/{x}/{y}", "r/c/{n: [0-9]+}", "r/c/{w: [a-z]+}", "r/c/t/{rest: .+}",
            "r/greetings", "r/greetings/{name}",
            "r/slash/", "r/slash/x/",
            "r/head",
            "r/patch/{id}",
            "r/loc/fixed", "r/loc/{kind}", "r/loc/{kind}/{c}",
            "r/derived", "r/derived/base",
            "r/cache",
            "r/split/{id}", "r/split/{n: [0-9]+}");

    /** Paths no template produces: encodings, empty segments, case, near misses. */
    static final List<String> EDGE_PATHS = List.of(
            "r", "r/", "r/nothing", "r/Items", "r//items", "r/items//", "r/items/new//", "r/items/%6Eew",
            "r/items/%20", "r/items/42/history/7/", "r/items/42/history//", "r/files/a+b", "r/files/a%2Fb",
            "r/files/a%2Fb/raw", "r/files/caf%c3%a9", "r/files/CAF%C3%A9", "r/files/v1x0", "r/files/raw",
            "r/files//raw", "r/c/t", "r/c/t/", "r/c/a", "r/c/a/b/c", "r/loc/fixed/x", "r/loc", "r/loc/",
            "r/derived/base/x", "r/patch", "r/patch/", "r/head/x", "r/cache/x", "r/slash", "r/slash/x",
            "r/slash//x", "r/items/;v=1", "r/items/new/;v=1", "r/c/a/;v=1", "r/greetings/;v=1");

    static final List<String> VERBS_FOR_EVERY_PATH = List.of("GET", "PUT", "DELETE");
    static final List<String> MORE_VERBS_FOR_PLAIN_PATHS = List.of("HEAD", "POST", "PATCH", "PURGE");

    /** One request of the corpus. */
    record Probe(String method, String path, Set<String> traits) {
        boolean has(String trait) {
            return traits.contains(trait);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private RoutingCorpus() {
    }

    static List<Probe> probes() {
        Set<String> plain = new LinkedHashSet<>();
        for (String template : TEMPLATES) {
            plain.addAll(instances(template));
        }
        List<Probe> out = new ArrayList<>();
        for (String path : plain) {
            for (String verb : VERBS_FOR_EVERY_PATH) {
                out.add(new Probe(verb, path, Set.of()));
            }
            for (String verb : MORE_VERBS_FOR_PLAIN_PATHS) {
                out.add(new Probe(verb, path, Set.of()));
            }
            String slash = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
            out.add(new Probe("GET", slash, Set.of("slash")));
            out.add(new Probe("PUT", slash, Set.of("slash")));
            out.add(new Probe("GET", path + ";v=1", Set.of("matrix", "matrix-last")));
            out.add(new Probe("GET", "r;v=1" + path.substring(1), Set.of("matrix", "matrix-first")));
            int second = path.indexOf('/', 2);
            if (second > 0) {
                out.add(new Probe("DELETE", path.substring(0, second) + ";a=b;c" + path.substring(second),
                        Set.of("matrix", "matrix-middle")));
            }
        }
        for (String path : EDGE_PATHS) {
            for (String verb : VERBS_FOR_EVERY_PATH) {
                out.add(new Probe(verb, path, Set.of("edge")));
            }
        }
        return out;
    }

    /**
     * @return the template with its variables replaced by competing values; the i-th instance takes the
     *     i-th value of every variable (values rotate), so every value of every variable is used once
     */
    static List<String> instances(String template) {
        List<List<String>> segments = new ArrayList<>();
        int count = 1;
        for (String segment : template.split("/", -1)) {
            List<String> values = values(segment);
            segments.add(values);
            count = Math.max(count, values.size());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder path = new StringBuilder();
            for (int s = 0; s < segments.size(); s++) {
                if (s > 0) {
                    path.append('/');
                }
                List<String> values = segments.get(s);
                path.append(values.get(i % values.size()));
            }
            out.add(path.toString());
        }
        return out;
    }

    private static List<String> values(String segment) {
        if (segment.startsWith("{") && segment.endsWith("}")) {
            int colon = segment.indexOf(':');
            String regex = colon < 0 ? null : segment.substring(colon + 1, segment.length() - 1).trim();
            if (regex == null) {
                return List.of("42", "new", "a", "x%20y", "b");
            }
            switch (regex) {
                case "[0-9]+":
                    return List.of("7", "7x");
                case "[a-z]+":
                    return List.of("abc", "Abc");
                case ".+":
                    return List.of("p", "p/q", "a/b");
                default:
                    throw new IllegalArgumentException("no sample values for " + segment);
            }
        }
        String encoded = encode(segment);
        return List.of(encoded);
    }

    /** Percent-encodes what is not an unreserved character, as Jakarta REST does for template literals. */
    static String encode(String literal) {
        StringBuilder out = new StringBuilder();
        for (byte b : literal.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
