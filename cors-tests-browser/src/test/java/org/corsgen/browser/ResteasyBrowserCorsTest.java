package org.corsgen.browser;

import org.junit.jupiter.api.BeforeAll;

/** The browser suite on RESTEasy 6.2 + Undertow (the surefire execution {@code resteasy}). */
class ResteasyBrowserCorsTest extends BrowserCorsSuite {

    @BeforeAll
    static void start() throws Exception {
        startAll("org.jboss.resteasy.");
    }
}
