/**
 * The shop: what every platform deploys. One origin is literal, the others come from the environment
 * variable (or system property) {@code PLATFORM_ORIGINS}, which each platform test sets when it starts the
 * server; it has no default, so a platform that does not pass it on fails at start-up.
 */
@CrossOrigin(origins = {"https://app.example.com", "${PLATFORM_ORIGINS}"}, maxAge = 600)
package org.corsgen.platform.shop;

import org.corsgen.CrossOrigin;
