package org.corsgen.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven through
 * Selenium with the system chromedriver. Selenium Manager is never consulted: the driver service is given
 * the chromedriver path and the options the browser binary, so nothing is looked up or downloaded (and
 * the surefire configuration sets {@code SE_OFFLINE=true} in case it ever were). A missing browser or
 * driver is a test failure with the install command, never a skip.
 *
 * <p>Each instance is a new browser with a new, empty profile ({@code --user-data-dir}), deleted on close.
 */
final class Chromium implements AutoCloseable {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Debian's real binary first (the /usr/bin/chromium shell wrapper adds flags of its own). */
    static final List<Path> BROWSERS = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));

    private static final String INSTALL = "install it as ./test.sh does: apt-get update && apt-get install -y chromium chromium-driver";

    private static final Logger QUIET = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start() {
        return start(DRIVER, BROWSERS);
    }

    /** Starts the browser found first in {@code browsers}, driven by {@code chromedriver}; fails if either is missing. */
    static Chromium start(Path chromedriver, List<Path> browsers) {
        if (!Files.isExecutable(chromedriver)) {
            fail("chromedriver is missing at " + chromedriver + ": the browser tests cannot run; " + INSTALL);
        }
        Path browser = browsers.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (browser == null) {
            fail("Chromium is missing (looked for " + browsers + "): the browser tests cannot run; " + INSTALL);
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        // Selenium ships DevTools bindings for older Chrome versions only and says so at every start; the
        // harness uses none of them (only WebDriver, and raw CDP commands through chromedriver)
        QUIET.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("corsgen-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // no connections of its own: this machine's network is closed, and tests must not wait on it
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(System.getProperty("browser.logDir", System.getProperty("java.io.tmpdir")),
                        "chromedriver-" + ProcessHandle.current().pid() + ".log"))
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw new AssertionError("headless Chromium (" + browser + ") did not start through " + chromedriver + ": " + e, e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chromium(service, driver, profile);
    }

    /** @return the browser's own version string, e.g. {@code 156.0.8078.79} */
    String version() {
        return String.valueOf(driver.getCapabilities().getBrowserVersion());
    }

    /** Loads a page in the top-level window and makes it the script context. */
    void open(String url) {
        driver.switchTo().defaultContent();
        driver.get(url);
    }

    /** Makes the iframe with this id (in the current top-level page) the script context. */
    void enterFrame(String id) {
        driver.switchTo().frame(id);
    }

    /**
     * Runs {@code call}, a JavaScript expression giving a {@code Promise<Response>} (e.g. a {@code fetch(...)}),
     * in the current page, and reports what the page could see: the status, the named response headers as
     * {@code Headers.get} returns them (null when the browser hides them), and the body; or, when the
     * browser refused, only the error.
     */
    FetchOutcome fetch(String call, List<String> readHeaders) {
        String script = "const read = arguments[0], done = arguments[arguments.length - 1];\n"
                + "Promise.resolve().then(() => " + call + ")\n"
                + "  .then(async r => {\n"
                + "      const headers = {};\n"
                + "      for (const h of read) headers[h] = r.headers.get(h);\n"
                + "      done({readable: true, status: r.status, headers: headers, body: await r.text()});\n"
                + "    }, e => done({readable: false, error: String(e)}));";
        Object result = driver.executeAsyncScript(script, readHeaders);
        return FetchOutcome.from(result);
    }

    /** Runs a script in the current page and returns its value. */
    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** @return the current page's {@code location.origin}, as the browser computed it */
    String origin() {
        return String.valueOf(driver.executeScript("return self.origin;"));
    }

    /**
     * @return a PNG of the whole document of the top-level page, beyond the window's height (Chrome
     *     DevTools {@code Page.captureScreenshot} through chromedriver's command endpoint, which does not
     *     depend on Selenium knowing this Chromium version)
     */
    byte[] screenshotWholePage() {
        driver.switchTo().defaultContent();
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeScript(
                "const e = document.documentElement;"
                        + " return {width: e.scrollWidth, height: Math.max(e.scrollHeight, document.body.scrollHeight)};");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).intValue(), "height", ((Number) size.get("height")).intValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode(String.valueOf(shot.get("data")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    /** What a page's {@code fetch()} gave it. */
    static final class FetchOutcome {
        final boolean readable;
        final int status;
        final Map<String, Object> headers;
        final String body;
        final String error;

        private FetchOutcome(boolean readable, int status, Map<String, Object> headers, String body, String error) {
            this.readable = readable;
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.error = error;
        }

        @SuppressWarnings("unchecked")
        static FetchOutcome from(Object result) {
            if (!(result instanceof Map)) {
                throw new AssertionError("the page's script returned " + result);
            }
            Map<String, Object> m = (Map<String, Object>) result;
            boolean readable = Boolean.TRUE.equals(m.get("readable"));
            Object status = m.get("status");
            return new FetchOutcome(readable, status instanceof Number ? ((Number) status).intValue() : -1,
                    m.get("headers") instanceof Map ? (Map<String, Object>) m.get("headers") : Map.of(),
                    m.get("body") == null ? null : String.valueOf(m.get("body")),
                    m.get("error") == null ? null : String.valueOf(m.get("error")));
        }

        /** @return a response header as the page could read it, or {@code null} when hidden or absent */
        String header(String name) {
            Object v = headers.get(name);
            return v == null ? null : String.valueOf(v);
        }

        @Override
        public String toString() {
            return readable ? "readable: status " + status + ", headers " + headers + ", body " + body
                    : "blocked: " + error;
        }
    }
}
