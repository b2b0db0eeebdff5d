package org.corsgen.platform.servlet.jersey;

import static org.corsgen.platform.checks.PlatformChecks.APP;
import static org.corsgen.platform.checks.PlatformChecks.BILLING;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.corsgen.platform.servlet.tomcat.TestTomcat;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a bad {@code PLATFORM_ORIGINS} does to Jersey's servlet in Tomcat 11 ({@link JerseyWebapp}), as measured:
 * corsgen's generated filter refuses the resolved origins in its class initialisation, which runs when Jersey
 * configures the features, which is when Tomcat initialises the servlet. So:
 * <ul>
 * <li>no load-on-startup (Tomcat's default, lazy): Tomcat and the context start, nothing is logged; every
 * request to the servlet, also to the billing module that has no placeholder and to no resource at all, answers
 * 500, because Tomcat tries to initialise the servlet again at each request; each failure is logged with
 * corsgen's message (the first as the CorsStartupException, the later ones as NoClassDefFoundError whose cause
 * carries that message). Outside the servlet's mapping the context serves as usual.
 * <li>load-on-startup 1: the message is logged at deployment ("threw load() exception"), but the context starts
 * all the same (Tomcat's {@code failCtxIfServletStartFails} is false by default) and answers as above: 500.
 * <li>load-on-startup 1 and {@code failCtxIfServletStartFails="true"} (on the Context or the Host): the context
 * fails to start and is stopped ("Context [/shop] startup failed due to previous errors"); Tomcat itself starts
 * (embedded {@code Tomcat.start()} does not throw, a standalone Tomcat keeps its other applications) and every
 * request to {@code /shop} answers Tomcat's 404.
 * <li>a WAR without web.xml ({@link JerseyWebapp#deployAsWar}): Jersey's initializer registers the servlet with
 * load-on-startup 1, so as above: logged at deployment, the context starts, 500.
 * <li>a lazy servlet and a ServletContextListener that initialises the generated filters
 * ({@link InitialiseCorsModulesListener}): the listener's exception fails the context at deployment (404), with
 * no {@code failCtxIfServletStartFails}; the same from a ServletContainerInitializer
 * ({@link InitialiseCorsModulesInitializer}).
 * </ul>
 *
 * <p>The bad value reaches the server as the system property {@code PLATFORM_ORIGINS}, which corsgen reads
 * before the environment variable (CorsStartup, PlaceholderResolver.system()), set before the deployment and
 * restored after. That is enough in this JVM because the application, corsgen included, is in the context's
 * WEB-INF/lib: each deployment has its own class loader, so each initialises the generated filter anew (the
 * JerseyOnTomcatTest's deployment of the same classes with the good value is not affected).
 */
class JerseyOnTomcatBadOriginTest {

    static final String TRAILING_SLASH = "https://bad.example.com/";
    static final String CORSGEN = "corsgen: org.corsgen.platform.shop.ShopCorsFilter cannot start";

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty("PLATFORM_ORIGINS");
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("PLATFORM_ORIGINS");
        } else {
            System.setProperty("PLATFORM_ORIGINS", saved);
        }
    }

    private static TestTomcat deploy(String name, String origins, int loadOnStartup, boolean failContext) {
        System.setProperty("PLATFORM_ORIGINS", origins);
        return JerseyWebapp.deploy(name, loadOnStartup, failContext);
    }

    @ParameterizedTest
    @CsvSource({"https://bad.example.com/, origin-trailing-slash", "'*', origin-wildcard-with-credentials"})
    void lazyInitialisationStartsThenAnswers500ToEveryRequest(String origins, String rule) throws Exception {
        try (TestTomcat server = deploy("lazy", origins, -1, false).started()) {
            assertEquals(LifecycleState.STARTED, context(server).getState(), server.tail());
            assertFalse(String.join("\n", server.log()).contains("corsgen: "),
                    "the servlet is not initialised before the first request:\n" + server.tail());
            Http api = api(server);

            int before = server.log().size();
            HttpResponse<String> first = api.send("GET", "items", "Origin", APP);
            assertEquals(500, first.statusCode(), server.tail());
            assertNoCorsHeaders(first);
            assertCorsgenProblem(server.log().subList(before, server.log().size()), origins, rule, server);

            // every later request too, to every route (billing has no placeholder) and to no route at all:
            // Tomcat initialises the servlet again each time, and each time the same class fails
            for (String[] request : List.of(new String[] {"GET", "items"}, new String[] {"GET", "invoices"},
                    new String[] {"DELETE", "items/7"}, new String[] {"GET", "no-such-resource"})) {
                before = server.log().size();
                HttpResponse<String> r = api.send(request[0], request[1], "Origin", BILLING);
                assertEquals(500, r.statusCode(), request[0] + " " + request[1] + "\n" + server.tail());
                assertNoCorsHeaders(r);
                assertCorsgenProblem(server.log().subList(before, server.log().size()), origins, rule, server);
            }
            assertEquals(500, api.preflight("items/1", APP, "PUT").statusCode());
            // the context itself is up: outside /api/* Tomcat answers as usual
            assertEquals(404, new Http("http://127.0.0.1:" + server.port() + "/shop/").send("GET", "other")
                    .statusCode());
        }
    }

    @Test
    void loadOnStartupLogsTheProblemAtDeploymentButTheContextStartsAndAnswers500() throws Exception {
        try (TestTomcat server = deploy("load-on-startup", TRAILING_SLASH, 1, false).started()) {
            // logged at deployment, before any request
            assertCorsgenProblem(server.log(), TRAILING_SLASH, "origin-trailing-slash", server);
            assertTrue(server.log().stream().anyMatch(
                    l -> l.contains("Servlet [shop-api] in web application [/shop] threw load() exception")),
                    server.tail());
            assertEquals(LifecycleState.STARTED, context(server).getState(), "failCtxIfServletStartFails is"
                    + " false by default: the context starts without its servlet\n" + server.tail());
            Http api = api(server);
            assertEquals(500, api.send("GET", "items", "Origin", APP).statusCode());
            assertEquals(500, api.send("GET", "invoices", "Origin", BILLING).statusCode());
        }
    }

    @Test
    void loadOnStartupAndFailCtxIfServletStartFailsStopTheContext() throws Exception {
        try (TestTomcat server = deploy("fail-context", TRAILING_SLASH, 1, true)) {
            // Tomcat starts (its other applications would serve); the application does not
            assertDoesNotThrow(server::start, server::tail);
            assertTrue(server.port() > 0, server.tail());
            assertCorsgenProblem(server.log(), TRAILING_SLASH, "origin-trailing-slash", server);
            assertTrue(server.log().stream().anyMatch(l -> l.contains("Context [/shop] startup failed due to"
                    + " previous errors")), server.tail());
            assertFalse(context(server).getState().isAvailable(), context(server).getState() + "\n"
                    + server.tail());
            Http api = api(server);
            assertEquals(404, api.send("GET", "items", "Origin", APP).statusCode(), "no context at /shop");
            assertEquals(404, api.send("GET", "invoices", "Origin", BILLING).statusCode());
            assertEquals(404, api.preflight("items/1", APP, "PUT").statusCode());
        }
    }

    /**
     * A WAR without web.xml: Jersey's initializer registers the servlet with load-on-startup 1, so this is the
     * load-on-startup case: logged at deployment, the context starts all the same, every request 500.
     */
    @Test
    void warWithJerseysInitializerLogsAtDeploymentButTheContextStartsAndAnswers500() throws Exception {
        System.setProperty("PLATFORM_ORIGINS", TRAILING_SLASH);
        try (TestTomcat server = JerseyWebapp.deployAsWar("war").started()) {
            assertCorsgenProblem(server.log(), TRAILING_SLASH, "origin-trailing-slash", server);
            assertEquals(LifecycleState.STARTED, context(server).getState(), server.tail());
            Http api = api(server);
            assertEquals(500, api.send("GET", "items", "Origin", APP).statusCode());
            assertEquals(500, api.send("GET", "invoices", "Origin", BILLING).statusCode());
        }
    }

    /**
     * Lazy servlet, default failCtxIfServletStartFails, and a ServletContextListener that initialises the
     * generated filters ({@link InitialiseCorsModulesListener}): the context fails at deployment.
     */
    @Test
    void aListenerThatInitialisesTheFiltersFailsTheDeploymentOfALazyServlet() throws Exception {
        try (TestTomcat server = deploy("listener", TRAILING_SLASH, -1, false)) {
            context(server).addApplicationListener(InitialiseCorsModulesListener.class.getName());
            assertDoesNotThrow(server::start, server::tail);
            assertTrue(server.port() > 0, server.tail());
            assertCorsgenProblem(server.log(), TRAILING_SLASH, "origin-trailing-slash", server);
            assertTrue(server.log().stream().anyMatch(l -> l.contains("Context [/shop] startup failed due to"
                    + " previous errors")), server.tail());
            assertFalse(context(server).getState().isAvailable(), context(server).getState() + "\n"
                    + server.tail());
            assertEquals(404, api(server).send("GET", "items", "Origin", APP).statusCode());
        }
    }

    /** The same as a ServletContainerInitializer ({@link InitialiseCorsModulesInitializer}). */
    @Test
    void anInitializerThatInitialisesTheFiltersFailsTheDeploymentOfALazyServlet() throws Exception {
        try (TestTomcat server = deploy("initializer", TRAILING_SLASH, -1, false)) {
            context(server).addServletContainerInitializer(new InitialiseCorsModulesInitializer(), null);
            assertDoesNotThrow(server::start, server::tail);
            assertTrue(server.port() > 0, server.tail());
            assertCorsgenProblem(server.log(), TRAILING_SLASH, "origin-trailing-slash", server);
            assertTrue(server.log().stream().anyMatch(l -> l.contains("Context [/shop] startup failed due to"
                    + " previous errors")), server.tail());
            assertFalse(context(server).getState().isAvailable(), context(server).getState() + "\n"
                    + server.tail());
            assertEquals(404, api(server).send("GET", "items", "Origin", APP).statusCode());
        }
    }

    private static Http api(TestTomcat server) {
        return new Http("http://127.0.0.1:" + server.port() + "/shop/api/");
    }

    private static Context context(TestTomcat server) {
        return (Context) server.tomcat().getHost().findChild("/shop");
    }

    /** corsgen's message, naming the placeholder, its value, where it came from and the rule, is in the log. */
    private static void assertCorsgenProblem(List<String> log, String origins, String rule, TestTomcat server) {
        String problem = "${PLATFORM_ORIGINS} = \"" + origins + "\" (system property PLATFORM_ORIGINS) breaks rule "
                + rule;
        assertTrue(log.stream().anyMatch(l -> l.startsWith("SEVERE") && l.contains(CORSGEN) && l.contains(problem)),
                "expected a SEVERE record with \"" + CORSGEN + "\" and \"" + problem + "\"\n" + server.tail());
    }
}
