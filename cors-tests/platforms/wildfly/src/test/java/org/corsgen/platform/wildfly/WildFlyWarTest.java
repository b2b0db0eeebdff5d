package org.corsgen.platform.wildfly;

import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.platform.shop.ItemResource;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The checks on WARs in WildFly: {@code shop.war} (the shop and billing modules and cors-runtime in
 * WEB-INF/lib, nothing registered by code) copied into the deployments folder of a standalone server, with
 * {@code PLATFORM_ORIGINS} in the server's environment. RESTEasy in WildFly loads corsgen through
 * cors-runtime's {@code META-INF/services/jakarta.ws.rs.core.Feature}; the checks' {@code Http.one} and
 * {@link #corsFilterRegisteredOnce()} show it is registered once (WildFly's scanning of WEB-INF/lib finds
 * {@code @Provider} and {@code @Path} classes, and no corsgen class is a {@code @Provider}).
 *
 * <p>In {@code shop.war} no jar is a bean archive, so WildFly starts no CDI for it. The same server also
 * deploys {@code shop-cdi.war}, the same WAR with the resources as CDI beans ({@link CdiBeans}), as most
 * WildFly applications have them; the two deployments also show that two corsgen applications in one
 * server keep to their own modules.
 *
 * <p>Two more WARs deploy the application in the form Jakarta REST 3.1 section 2.3.2 gives for a WAR with no
 * {@code Application} subclass: the shop's {@code ShopApplication} removed, and a web.xml that maps the servlet
 * named {@code jakarta.ws.rs.core.Application} to {@code /api/*} ({@link WebXml}). RESTEasy then has no
 * {@code Application} at all and loads no services file, so corsgen is not registered ({@link XmlMappingOnly});
 * the one context-param {@code resteasy.providers} naming {@code org.corsgen.runtime.CorsFeatures} registers it
 * and the checks pass ({@link XmlWithProviders}).
 *
 * <p>System properties (the pom sets the first two): {@code wildfly.home}, the unpacked distribution;
 * {@code wildfly.war}, the WAR the build made; {@code corsgen.platform.java}, a JDK home or {@code java}
 * executable to run the server with (default: the JDK running the tests; WildFly 39 runs on Java 17).
 */
class WildFlyWarTest extends PlatformChecks {

    /** Boot and deployments on a machine shared by several builds: generous, but bounded. */
    private static final Duration START = Duration.ofSeconds(180);

    private static final String BEANS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="all"/>
            """;

    private WildFlyServer server;

    @BeforeAll
    void start() throws Exception {
        Path home = Path.of(required("wildfly.home"));
        Path war = Path.of(required("wildfly.war"));
        server = WildFlyServer.start(java(), home, home.resolveSibling("wildfly-run"),
                List.of(war, withBeansXml(war, "shop-cdi.war"), WebXml.war(war, "shop-xml.war", WebXml.MAPPING_ONLY),
                        WebXml.war(war, "shop-xml-providers.war", WebXml.WITH_PROVIDERS)),
                Map.of("PLATFORM_ORIGINS", ENV_ORIGIN), START);
        System.out.println("WildFly up with shop.war, shop-cdi.war, shop-xml.war and shop-xml-providers.war deployed in "
                + server.bootTime().toMillis() + " ms, http port " + server.httpPort());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + server.httpPort() + "/shop/api/";
    }

    /**
     * corsgen looks an actual request's policy up by the exact class {@code ResourceInfo.getResourceClass()}
     * names in the response phase: it must be the resource class. Without CDI the instance is the class itself.
     */
    @Test
    void resourceInfoNamesTheResourceClass() throws Exception {
        probeResourceClass(http(), ItemResource.class.getName(), "no CDI");
    }

    @Test
    void corsFilterRegisteredOnce() throws Exception {
        probeRegistration(http());
    }

    /**
     * The checks with the resources as CDI beans: {@code META-INF/beans.xml} (bean-discovery-mode {@code all})
     * in the shop and billing jars, as a project with that file in its resources builds them. WildFly starts
     * Weld for the deployment, RESTEasy makes each resource a request-scoped bean, and the instance that runs
     * is a Weld client proxy; {@code ResourceInfo} still names the resource class, so every policy is found.
     */
    @Nested
    class CdiBeans extends PlatformChecks {

        @Override
        protected String base() {
            return "http://127.0.0.1:" + server.httpPort() + "/shop-cdi/api/";
        }

        @Test
        void resourceInfoNamesTheResourceClassNotTheProxy() throws Exception {
            probeResourceClass(http(), ItemResource.class.getName() + "$Proxy$_$$_WeldClientProxy",
                    "jakarta.enterprise.context.RequestScoped");
        }

        @Test
        void corsFilterRegisteredOnce() throws Exception {
            probeRegistration(http());
        }
    }

    /**
     * {@code shop-xml.war}: web.xml's servlet mapping only, no {@code Application} subclass. RESTEasy 6.2 (WildFly
     * 39) loads {@code META-INF/services/jakarta.ws.rs.core.Feature} only for an {@code Application} it has (in
     * {@code ResteasyDeploymentImpl.registerApplication}, where {@code jakarta.ws.rs.loadServices} is read from
     * that application's properties); with no {@code Application} class named to it (WildFly names none in this
     * form) it creates none, so no corsgen feature runs: the resources and the shop's own providers are served,
     * without a CORS header, and corsgen logs nothing. corsgen cannot see this deployment at all, so it cannot
     * change it: the remedy is {@link XmlWithProviders}'s context-param.
     */
    @Nested
    class XmlMappingOnly {

        private final Http http = new Http("http://127.0.0.1:" + server.httpPort() + "/shop-xml/api/");

        @Test
        void servedWithoutCorsgen() throws Exception {
            HttpResponse<String> invoices = http.send("GET", "invoices", "Origin", BILLING, Probe.ASK, "1");
            assertEquals(200, invoices.statusCode(), server.logTail(60));
            assertNoCorsHeaders(invoices);
            // no corsgen filter and no corsgen feature in the application's configuration
            assertEquals("0 instances, 0 classes", Http.one(invoices, Probe.CORS_FILTERS),
                    invoices.headers().map().toString());
            assertEquals("none", Http.one(invoices, Probe.CORS_FEATURES), invoices.headers().map().toString());

            HttpResponse<String> items = http.send("GET", "items", "Origin", APP);
            assertEquals(200, items.statusCode());
            assertNoCorsHeaders(items);
            // the shop's own providers are scanned and run, corsgen's are not: the preflight of secure reaches the
            // authentication filter, which refuses it
            HttpResponse<String> preflight = http.preflight("secure", APP, "GET", ACRH, "authorization");
            assertEquals(401, preflight.statusCode(), preflight.headers().map().toString());
            assertNoCorsHeaders(preflight);

            String log = Files.readString(server.serverLog(), StandardCharsets.UTF_8);
            // RESTEasy logs RESTEASY002225 "Deploying jakarta.ws.rs.core.Application: class ..." for each Application
            // it has: ShopApplication in shop.war and shop-cdi.war, none for the two web.xml WARs (WildFly adds
            // their servlet without load-on-startup: RESTEasy starts in this one at its first request, made above)
            assertEquals(2, log.lines().filter(l -> l.contains("RESTEASY002225")).count(), server.logTail(60));
            // and corsgen said nothing wrong anywhere: no WARNING (a module dropped, no module found), no ERROR
            assertFalse(log.lines().anyMatch(l -> l.contains("[org.corsgen]") && !l.contains(" INFO ")),
                    server.logTail(60));
        }
    }

    /**
     * {@code shop-xml-providers.war}: as {@code shop-xml.war}, plus the context-param {@code resteasy.providers}
     * naming {@code org.corsgen.runtime.CorsFeatures} (RESTEasy registers the providers it names whether or not an
     * {@code Application} exists): the feature finds both modules through their services files and the checks
     * pass, the filter registered once.
     */
    @Nested
    class XmlWithProviders extends PlatformChecks {

        @Override
        protected String base() {
            return "http://127.0.0.1:" + server.httpPort() + "/shop-xml-providers/api/";
        }

        @Test
        void corsFilterRegisteredOnce() throws Exception {
            probeRegistration(http());
        }
    }

    /** What {@link Probe} reports for {@code GET items}: the class ResourceInfo names, the instance, the scope. */
    static void probeResourceClass(Http http, String instanceClass, String scope) throws Exception {
        HttpResponse<String> r = http.send("GET", "items", "Origin", APP, Probe.ASK, "1");
        assertEquals(200, r.statusCode());
        System.out.println(http.base() + " GET items: ResourceInfo.getResourceClass() "
                + Http.one(r, Probe.RESOURCE_CLASS) + ", the instance that ran " + Http.one(r, Probe.INSTANCE_CLASS)
                + ", CDI scope " + Http.one(r, Probe.CDI_SCOPE));
        assertEquals(ItemResource.class.getName(), Http.one(r, Probe.RESOURCE_CLASS), r.headers().map().toString());
        assertEquals(instanceClass, Http.one(r, Probe.INSTANCE_CLASS), r.headers().map().toString());
        assertTrue(Http.one(r, Probe.CDI_SCOPE).startsWith(scope), r.headers().map().toString());
    }

    /**
     * One filter instance in the application's configuration, and no corsgen feature but the services file's
     * {@code CorsFeatures}: WildFly's scanning registers no generated feature nor the filter a second time.
     */
    static void probeRegistration(Http http) throws Exception {
        HttpResponse<String> r = http.send("GET", "invoices", "Origin", BILLING, Probe.ASK, "1");
        assertEquals(200, r.statusCode());
        System.out.println(http.base() + " configuration: corsgen filters " + Http.one(r, Probe.CORS_FILTERS)
                + "; corsgen features " + Http.one(r, Probe.CORS_FEATURES));
        assertEquals("1 instances, 0 classes", Http.one(r, Probe.CORS_FILTERS), r.headers().map().toString());
        assertEquals("org.corsgen.runtime.CorsFeatures", Http.one(r, Probe.CORS_FEATURES),
                r.headers().map().toString());
    }

    /** @return a copy of {@code built}, named {@code name}, whose shop and billing jars have a beans.xml */
    private static Path withBeansXml(Path built, String name) throws IOException {
        Path war = built.resolveSibling("cdi").resolve(name);
        Files.createDirectories(war.getParent());
        Files.copy(built, war, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem outer = FileSystems.newFileSystem(war)) {
            List<Path> jars;
            try (Stream<Path> libs = Files.list(outer.getPath("/WEB-INF/lib"))) {
                jars = libs.filter(p -> p.getFileName().toString().matches("cors-platform-(shop|billing)-.*\\.jar"))
                        .toList();
            }
            if (jars.size() != 2) {
                throw new AssertionError("expected the shop and billing jars in WEB-INF/lib of " + built + ": " + jars);
            }
            for (Path jar : jars) {
                Path copy = war.resolveSibling(jar.getFileName().toString());
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                try (FileSystem inner = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
                    Files.writeString(inner.getPath("/META-INF/beans.xml"), BEANS_XML, StandardCharsets.UTF_8);
                }
                Files.copy(copy, jar, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(copy);
            }
        }
        return war;
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new AssertionError("system property " + property + " not set: run through Maven (the pom sets it)");
        }
        return value;
    }

    static Path java() {
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
