/**
 * The example API. Every resource in this package inherits this policy: the production front end, the
 * two spellings of the demo page's origin (browsers treat {@code localhost} and {@code 127.0.0.1} as
 * different origins), and a ten-minute preflight cache. Classes and methods replace only the attributes
 * they write.
 */
@CrossOrigin(origins = {"https://app.example.com", "http://localhost:8081", "http://127.0.0.1:8081"}, maxAge = 600)
package org.corsgen.example.api;

import org.corsgen.CrossOrigin;
