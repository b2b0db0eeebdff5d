package org.corsgen.conformance.generated;

import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.ACRM;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;

/**
 * "Never wider than the method that runs" (DESIGN.md; issue 11), checked on one exchange against the
 * model of the deployed set. Each check returns the rules the exchange breaks, empty when none:
 *
 * <ul>
 *   <li><b>Actual request.</b> When a method ran ({@value ResourceSet#RAN}), a grant is allowed only as its
 *       policy allows: {@code Access-Control-Allow-Origin} equal to the {@code Origin} the policy allows, or
 *       {@code *} for a credential-free {@code "*"} policy; {@code Access-Control-Allow-Credentials: true}
 *       only with credentials; every {@code Access-Control-Expose-Headers} name exposed by it. No policy, no
 *       grant. When none ran (404, 405, 406, 415): every method of the set whose full template matches the
 *       path (any HTTP method, plain module included) must allow the grant; where no template matches,
 *       some policy the set declares (on a method, a class or a locator) must. Never a 5xx, never two
 *       {@code Access-Control-Allow-Origin} lines.</li>
 *   <li><b>Preflight.</b> Never runs a method, never a 5xx; a non-204 answer carries no
 *       {@code Access-Control-Allow-Origin}; a 204 answers the {@code Origin} (or {@code *}).</li>
 *   <li><b>After an allowed preflight</b>, each actual request a browser may send then: the method that ran
 *       must allow the origin, the method and every requested header, and credentials if the preflight
 *       allowed them.</li>
 * </ul>
 */
final class CorsInvariant {

    private final Map<String, Endpoint> endpoints;
    private final Map<Endpoint, TemplatePattern> templates = new LinkedHashMap<>();
    private final List<Policy> policies = new ArrayList<>();

    CorsInvariant(ResourceSet set) {
        this.endpoints = set.endpoints();
        for (Endpoint e : endpoints.values()) {
            templates.put(e, TemplatePattern.of(e.template()));
        }
        policies.addAll(set.policies());
    }

    /** @return the endpoint that answered, or {@code null} when none ran */
    Endpoint ran(HttpResponse<?> r) {
        List<String> ran = Http.all(r, ResourceSet.RAN);
        if (ran.isEmpty()) {
            return null;
        }
        Endpoint e = endpoints.get(ran.get(0));
        if (ran.size() > 1 || e == null) {
            throw new IllegalStateException("the model has no method " + ran + " (harness error)");
        }
        return e;
    }

    /** The CORS grant of one response. */
    record Grant(List<String> acao, boolean credentials, List<String> exposed) {
        static Grant of(HttpResponse<?> r) {
            return new Grant(Http.all(r, ACAO), Http.all(r, ACAC).stream().anyMatch("true"::equalsIgnoreCase),
                    CorsHeaders.tokens(String.join(",", Http.all(r, ACEH))));
        }

        boolean isEmpty() {
            return acao.isEmpty() && !credentials && exposed.isEmpty();
        }

        /**
         * @param p the policy of a method, {@code null} for none
         * @return why {@code p} does not allow this grant, or {@code null} when it does
         */
        String refusedBy(Policy p, String origin) {
            if (isEmpty()) {
                return null;
            }
            if (p == null) {
                return "no policy";
            }
            if (!acao.isEmpty() && !p.allowsGrant(acao.get(0), origin)) {
                return "origin " + acao.get(0) + " not allowed by " + p;
            }
            if (credentials && !p.credentials()) {
                return "credentials not allowed by " + p;
            }
            for (String name : exposed) {
                if (!p.exposes(name)) {
                    return "exposed header " + name + " not in " + p;
                }
            }
            return null;
        }
    }

    List<String> actual(Request request, HttpResponse<String> r) {
        List<String> broken = new ArrayList<>();
        common(r, broken);
        String origin = request.header("Origin");
        Grant grant = Grant.of(r);
        Endpoint ran = ran(r);
        if (ran != null) {
            String why = grant.refusedBy(ran.policy(), origin);
            if (why != null) {
                broken.add("actual: grant wider than the method that ran (" + ran.id() + ": " + why + ")");
            }
            return broken;
        }
        if (grant.isEmpty()) {
            return broken;
        }
        List<Endpoint> candidates = new ArrayList<>();
        for (Map.Entry<Endpoint, TemplatePattern> e : templates.entrySet()) {
            if (e.getValue().matches(request.path())) {
                candidates.add(e.getKey());
            }
        }
        if (!candidates.isEmpty()) {
            for (Endpoint e : candidates) {
                String why = grant.refusedBy(e.policy(), origin);
                if (why != null) {
                    broken.add("actual, nothing ran: grant wider than a method at that path (" + e.id() + ": " + why
                            + ")");
                    break;
                }
            }
        } else if (!grant.acao().isEmpty() && !grant.acao().get(0).equals(origin) && !grant.acao().get(0).equals("*")) {
            broken.add("actual, nothing ran, no template matches: ACAO is neither the Origin nor * (" + grant.acao()
                    + ")");
        } else if (policies.stream().noneMatch(p -> grant.refusedBy(p, origin) == null)) {
            broken.add("actual, nothing ran, no template matches: a grant no policy of the set allows");
        }
        return broken;
    }

    List<String> preflight(Request request, HttpResponse<String> r) {
        List<String> broken = new ArrayList<>();
        common(r, broken);
        Endpoint ran = ran(r);
        if (ran != null) {
            broken.add("preflight: ran a resource method (" + ran.id() + ")");
        }
        List<String> acao = Http.all(r, ACAO);
        if (r.statusCode() != 204 && !acao.isEmpty()) {
            broken.add("preflight: refused, yet with Access-Control-Allow-Origin (" + r.statusCode() + ")");
        }
        if (r.statusCode() == 204 && (acao.size() != 1 || !acao.get(0).equals(request.header("Origin"))
                && !acao.get(0).equals("*"))) {
            broken.add("preflight: 204 whose Access-Control-Allow-Origin is not the Origin (" + acao + ")");
        }
        return broken;
    }

    /** The follow-up {@code actual} of an allowed ({@code 204}) {@code preflight}. */
    List<String> afterPreflight(Request preflight, HttpResponse<String> allowed, Request actual,
            HttpResponse<String> r) {
        List<String> broken = actual(actual, r);
        Endpoint ran = ran(r);
        if (ran == null) {
            return broken;
        }
        Policy p = ran.policy();
        String origin = preflight.header("Origin");
        String method = preflight.header(ACRM);
        String why = null;
        if (p == null) {
            why = "it has no policy";
        } else if (!p.allowsOrigin(origin)) {
            why = "origin " + origin + " not in " + p;
        } else if (!p.allowsMethod(method)) {
            why = "method " + method + " not in " + p;
        } else if (Http.all(allowed, ACAC).stream().anyMatch("true"::equalsIgnoreCase) && !p.credentials()) {
            why = "credentials not in " + p;
        } else {
            for (String h : CorsHeaders.tokens(preflight.header(ACRH))) {
                if (!p.allowsHeader(h)) {
                    why = "header " + h + " not in " + p;
                    break;
                }
            }
        }
        if (why != null) {
            broken.add("preflight 204 wider than the method the request then ran (" + ran.id() + ": " + why + ")");
        }
        return broken;
    }

    private static void common(HttpResponse<String> r, List<String> broken) {
        if (r.statusCode() >= 500) {
            broken.add("server error (" + r.statusCode() + ")");
        }
        if (Http.all(r, ACAO).size() > 1) {
            broken.add("Access-Control-Allow-Origin sent more than once (" + Http.all(r, ACAO) + ")");
        }
    }

    /** @return the response as the violation report shows it */
    static String describe(HttpResponse<String> r) {
        StringBuilder s = new StringBuilder().append(r.statusCode());
        for (String name : List.of(ResourceSet.RAN, ACAO, ACAC, ACEH, ACAM, ACAH)) {
            List<String> v = Http.all(r, name);
            if (!v.isEmpty()) {
                s.append(' ').append(name).append('=').append(v.size() == 1 ? v.get(0) : v.toString());
            }
        }
        return s.toString();
    }

    /** @return the rule a violation message names: the text before its first {@code " ("} */
    static String rule(String violation) {
        int i = violation.indexOf(" (");
        return i < 0 ? violation : violation.substring(0, i);
    }
}
