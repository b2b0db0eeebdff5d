/**
 * The example API. Every resource in this package inherits this policy: the production front end, the
 * demo page's origins, and a ten-minute preflight cache. Classes and methods replace only the attributes
 * they write.
 *
 * <p>The demo page's origins depend on where the example runs, so they come from a placeholder resolved at
 * start-up: the system property or environment variable {@code EXAMPLE_PAGE_ORIGINS} (a comma-separated
 * list; empty for none), by default the two spellings of the page's origin on port 8081 (browsers treat
 * {@code localhost} and {@code 127.0.0.1} as different origins).
 */
@CrossOrigin(origins = {"https://app.example.com", "${EXAMPLE_PAGE_ORIGINS:http://localhost:8081,http://127.0.0.1:8081}"},
        maxAge = 600)
package org.corsgen.example.api;

import org.corsgen.CrossOrigin;
