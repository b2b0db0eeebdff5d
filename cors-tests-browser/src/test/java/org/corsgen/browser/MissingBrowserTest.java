package org.corsgen.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * A machine without the browser must fail the browser tests, not skip them: the harness raises an
 * assertion failure (never JUnit's "aborted"), with the command that installs what is missing.
 */
class MissingBrowserTest {

    static final Path NOWHERE = Path.of("/nonexistent/corsgen");

    @Test
    void missingChromedriverIsAFailure() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Chromium.start(NOWHERE.resolve("chromedriver"), Chromium.BROWSERS));
        assertTrue(e.getMessage().contains("apt-get install -y chromium chromium-driver"), e.getMessage());
    }

    @Test
    void missingChromiumIsAFailure() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Chromium.start(Chromium.DRIVER, List.of(NOWHERE.resolve("chromium"))));
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    }
}
