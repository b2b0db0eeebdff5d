/**
 * The API the browser tests call: one resource per kind of CORS behaviour. Unless a class or method says
 * otherwise, only the allowed page origin may read it, and preflight answers are cached for ten minutes.
 * Every resource method records that it ran ({@link org.corsgen.browser.api.Evidence}), so a test can tell
 * a request the browser sent but could not read from one that never reached the application.
 */
@CrossOrigin(origins = Origins.ALLOWED, maxAge = 600)
package org.corsgen.browser.api;

import org.corsgen.CrossOrigin;
