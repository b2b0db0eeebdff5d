package org.corsgen.platform.wildfly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.platform.shop.ItemResource;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks on a WAR in WildFly: {@code shop.war} (the shop and billing modules and cors-runtime in
 * WEB-INF/lib, nothing registered by code) copied into the deployments folder of a standalone server, with
 * {@code PLATFORM_ORIGINS} in the server's environment. RESTEasy in WildFly loads corsgen through
 * cors-runtime's {@code META-INF/services/jakarta.ws.rs.core.Feature}; the checks' {@code Http.one} and
 * {@link #corsFilterRegisteredOnce()} show it is registered once (WildFly's scanning of WEB-INF/lib finds only
 * {@code @Provider} and {@code @Path} classes, and corsgen has none of the first). In this WAR no jar is a
 * bean archive, so WildFly starts no CDI for it; {@link WildFlyCdiWarTest} runs the same with the resources as
 * CDI beans.
 *
 * <p>System properties (the pom sets the first two): {@code wildfly.home}, the unpacked distribution;
 * {@code wildfly.war}, the WAR; {@code corsgen.platform.java}, a JDK home or {@code java} executable to run
 * the server with (default: the JDK running the tests; WildFly 39 runs on Java 17).
 */
class WildFlyWarTest extends PlatformChecks {

    /** Boot and deployment on a machine shared by several builds: generous, but bounded. */
    private static final Duration START = Duration.ofSeconds(180);

    private WildFlyServer server;

    @BeforeAll
    void start() throws Exception {
        Path home = Path.of(required("wildfly.home"));
        Path war = deployment(Path.of(required("wildfly.war")));
        server = WildFlyServer.start(java(), home, home.resolveSibling(runDirectory()), war,
                Map.of("PLATFORM_ORIGINS", ENV_ORIGIN), START);
        System.out.println(getClass().getSimpleName() + ": WildFly up with " + war.getFileName() + " deployed in "
                + server.bootTime().toMillis() + " ms, http port " + server.httpPort());
    }

    /**
     * @param built the WAR the build made
     * @return the WAR to deploy
     */
    protected Path deployment(Path built) throws Exception {
        return built;
    }

    /** @return the server base directory's name, next to the distribution in target/ */
    protected String runDirectory() {
        return "wildfly-run";
    }

    /** @return the class of the resource instance that runs, as WildFly makes it */
    protected String expectedInstanceClass() {
        // no bean archive in the WAR (no beans.xml, no bean-defining annotation): WildFly does not start
        // CDI for it, and RESTEasy instantiates the resource class itself
        return ItemResource.class.getName();
    }

    /** @return what the probe reports as the resource class's CDI scope */
    protected String expectedScope() {
        return "no CDI";
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + server.httpPort() + "/shop/api/";
    }

    /**
     * WildFly makes the resources CDI beans; corsgen's policy of an actual request is looked up by the exact
     * class {@code ResourceInfo.getResourceClass()} names in the response phase, so that must be the class
     * itself, not a CDI proxy class (the actual-request checks would get no CORS headers otherwise).
     */
    @Test
    void resourceInfoNamesTheRealClassNotAProxy() throws Exception {
        HttpResponse<String> r = http().send("GET", "items", "Origin", APP, Probe.ASK, "1");
        assertEquals(200, r.statusCode());
        assertEquals(ItemResource.class.getName(), Http.one(r, Probe.RESOURCE_CLASS), r.headers().map().toString());
        assertEquals(expectedInstanceClass(), Http.one(r, Probe.INSTANCE_CLASS), r.headers().map().toString());
        assertTrue(Http.one(r, Probe.CDI_SCOPE).startsWith(expectedScope()), r.headers().map().toString());
        System.out.println(getClass().getSimpleName() + ": GET items: ResourceInfo.getResourceClass() "
                + Http.one(r, Probe.RESOURCE_CLASS)
                + ", the instance that ran " + Http.one(r, Probe.INSTANCE_CLASS)
                + ", CDI scope " + Http.one(r, Probe.CDI_SCOPE));
    }

    /**
     * One filter, whatever WildFly's scanning finds: the services file's {@code CorsFeatures} is the only
     * registration, and no generated feature nor the filter is picked up by scanning (none is a
     * {@code @Provider}).
     */
    @Test
    void corsFilterRegisteredOnce() throws Exception {
        HttpResponse<String> r = http().send("GET", "invoices", "Origin", BILLING, Probe.ASK, "1");
        assertEquals(200, r.statusCode());
        System.out.println(getClass().getSimpleName() + ": configuration: corsgen filters " + Http.one(r, Probe.CORS_FILTERS)
                + "; corsgen features " + Http.one(r, Probe.CORS_FEATURES));
        assertEquals("1 instances, 0 classes", Http.one(r, Probe.CORS_FILTERS), r.headers().map().toString());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new AssertionError("system property " + property + " not set: run through Maven (the pom sets it)");
        }
        return value;
    }

    private static Path java() {
        String configured = System.getProperty("corsgen.platform.java");
        Path java = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("java.home"), "bin", "java")
                : Path.of(configured);
        if (Files.isDirectory(java)) {
            java = java.resolve("bin/java");
        }
        return java;
    }
}
