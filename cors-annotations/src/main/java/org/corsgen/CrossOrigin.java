package org.corsgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows browser pages on other origins to call a Jakarta REST resource.
 *
 * <p>The corsgen annotation processor reads this annotation at compile time, rejects policies that
 * browsers would refuse or that would open the API wider than intended (with an error on the
 * annotation value and the fix in the message), and generates a reflection-free filter that the
 * container picks up by itself. Nothing reads this annotation at run time ({@code CLASS} retention).
 *
 * <h2>Where it goes, and how levels merge</h2>
 * Put it on a package ({@code package-info.java}), a resource class, a resource method or a
 * sub-resource locator. Levels merge <em>attribute by attribute</em>, from the outside in:
 * package → class → method. An attribute written on an inner level replaces the outer value; an
 * attribute not written is inherited. For example, a class with
 * {@code @CrossOrigin(origins = "https://app.example.com", credentials = true)} and a method with
 * {@code @CrossOrigin(maxAge = 60)} gives that method the class's origins and credentials and a
 * max-age of 60 seconds.
 *
 * <pre>{@code
 * @Path("orders")
 * @CrossOrigin(origins = "https://shop.example.com", credentials = true)
 * public class OrderResource {
 *     @GET public List<Order> list() { ... }
 *
 *     @DELETE @Path("{id}")
 *     @CrossOrigin(origins = "https://admin.example.com")   // replaces origins only
 *     public void delete(@PathParam("id") long id) { ... }
 * }
 * }</pre>
 *
 * <h2>What the generated filter does</h2>
 * <ul>
 *   <li>Answers a preflight ({@code OPTIONS} with {@code Origin} and
 *       {@code Access-Control-Request-Method}) before authentication filters run: {@code 204} with the
 *       allow headers when origin, method and every requested header are allowed, otherwise
 *       {@code 403} with no CORS headers; the resource is not called either way.</li>
 *   <li>Adds {@code Access-Control-Allow-Origin} (the exact request origin, or {@code *} for a
 *       credential-free {@code "*"} policy) to every response of an allowed origin, errors included,
 *       and {@code Vary: Origin} wherever the answer depends on the request.</li>
 *   <li>Leaves requests from other origins untouched: no CORS headers, the request goes on.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE, ElementType.METHOD})
public @interface CrossOrigin {

    /**
     * The origins allowed to read responses, exactly as a browser sends them in the {@code Origin}
     * header:
     * <ul>
     *   <li>a serialized origin: {@code "https://app.example.com"}, {@code "http://localhost:3000"},
     *       {@code "http://[::1]:8080"}: lower case, no path, no trailing {@code /}, no default port
     *       ({@code :443} for https, {@code :80} for http), a non-ASCII host in its punycode
     *       ({@code xn--}) form;</li>
     *   <li>{@code "*"} alone: any origin; the response says {@code Access-Control-Allow-Origin: *}.
     *       Not allowed together with {@code credentials = true};</li>
     *   <li>a dot-bounded subdomain pattern {@code "https://*.example.com"}: one or more labels in
     *       front of {@code example.com} ({@code https://a.example.com}, {@code https://a.b.example.com}),
     *       never {@code https://example.com} itself and never {@code https://evilexample.com}. The fixed
     *       part may not be a public suffix ({@code *.com}, {@code *.co.uk}, {@code *.github.io});</li>
     *   <li>a port pattern {@code "http://localhost:*"}: that scheme and host on any port (and on
     *       the default port); combinable with a subdomain pattern;</li>
     *   <li>a placeholder, as a whole element: {@code "${CORS_ORIGINS}"} or, with a default,
     *       {@code "${CORS_ORIGINS:https://app.example.com,https://admin.example.com}"}. The generated
     *       filter resolves it once, at start-up, from the system property of that name, else the
     *       environment variable, else the default, as a comma-separated list of the origins above,
     *       checked by the same rules; a list that breaks one fails start-up. The default is checked at
     *       compile time.</li>
     * </ul>
     * {@code "null"} is never accepted: sandboxed iframes, {@code data:} documents and cross-origin
     * redirect chains all send it, so allowing it allows all of them. An effective policy (after
     * merging) must name at least one origin.
     *
     * @return the allowed origins; empty means "inherit from the enclosing level"
     */
    String[] origins() default {};

    /**
     * Whether the browser may send cookies and HTTP authentication with cross-origin requests and
     * let the page read the response ({@code Access-Control-Allow-Credentials: true}). Not allowed
     * together with the origin {@code "*"}.
     *
     * @return {@code true} to allow credentials; default {@code false}
     */
    boolean credentials() default false;

    /**
     * The HTTP methods a preflight may ask for, written exactly as browsers send them (upper case
     * for the standard methods: {@code "PATCH"}, never {@code "patch"}).
     *
     * <p>Default (nothing written on any level): the methods the resource really serves at that path,
     * taken from {@code @GET}, {@code @POST}, ... and any annotation meta-annotated with
     * {@code @HttpMethod}.
     *
     * @return the allowed methods; empty means "inherit, or the served methods"
     */
    String[] methods() default {};

    /**
     * The request headers a preflight may ask for (case-insensitive).
     *
     * <p>Default (nothing written on any level): {@code Content-Type} plus the names of the
     * {@code @HeaderParam} parameters of the resource methods at that path. {@code "*"} means what
     * browsers mean by {@code Access-Control-Allow-Headers: *}: any syntactically valid header name
     * except {@code Authorization}, with or without credentials; write {@code {"*", "Authorization"}} to
     * allow that one too ({@code "*"} combines with no other name, as it covers them all). It is answered
     * by echoing the validated requested names, never a literal {@code *}, so it also works with
     * credentials. No {@code Access-Control-*} name: those are the CORS protocol's own headers.
     *
     * @return the allowed request headers; empty means "inherit, or the default"
     */
    String[] allowedHeaders() default {};

    /**
     * Response headers, beyond the CORS-safelisted ones ({@code Cache-Control},
     * {@code Content-Language}, {@code Content-Length}, {@code Content-Type}, {@code Expires},
     * {@code Last-Modified}, {@code Pragma}), that page scripts may read
     * ({@code Access-Control-Expose-Headers}). {@code "*"} means all of them, but only without
     * credentials, so it is rejected together with {@code credentials = true}. No {@code Access-Control-*}
     * name: those are the CORS protocol's own headers.
     *
     * @return the exposed response headers; default none
     */
    String[] exposedHeaders() default {};

    /**
     * How long, in seconds, a browser may cache a preflight answer
     * ({@code Access-Control-Max-Age}). {@code 0} means "do not cache": every non-simple request is
     * preflighted again. At most 86400; values above 7200 are cut to 7200 by Chromium (and to 600 by
     * Safari).
     *
     * @return the preflight cache lifetime in seconds; default 1800 (30 minutes)
     */
    long maxAge() default 1800;

    /**
     * Whether to answer {@code Access-Control-Request-Private-Network: true} with
     * {@code Access-Control-Allow-Private-Network: true} (Private Network Access preflights, for APIs on
     * a private or local address called from public pages). Not allowed with the origin {@code "*"}.
     *
     * @return {@code true} to opt in; default {@code false}
     */
    boolean privateNetwork() default false;
}
