package org.corsgen.browser;

import org.junit.jupiter.api.BeforeAll;

/** The browser suite on Jersey 3.1 + Grizzly (the surefire execution {@code default-test}). */
class JerseyBrowserCorsTest extends BrowserCorsSuite {

    @BeforeAll
    static void start() throws Exception {
        startAll("org.glassfish.jersey.");
    }
}
