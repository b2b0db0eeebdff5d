package org.corsgen.platform.payara;

import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.testsupport.Http;
import org.corsgen.testsupport.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks on Payara Micro: {@code shop.war} (the shop and billing module jars and cors-runtime in
 * {@code WEB-INF/lib}, nothing else) deployed as users deploy it, {@code java -jar payara-micro.jar --deploy
 * shop.war}, in a process of its own on a free loopback port, with {@code PLATFORM_ORIGINS} in its
 * environment. The application registers nothing: Payara's Jersey loads cors-runtime's
 * {@code META-INF/services/jakarta.ws.rs.core.Feature} from {@code WEB-INF/lib} by itself (the same WAR
 * without that file gets no CORS headers at all: nothing else registers corsgen).
 *
 * <p>Next to it, {@code beans.war} (this module's own classes, a third corsgen module, its own cors-runtime)
 * has root resources that are CDI beans, an intercepted one and a stateless EJB: corsgen matches the class
 * {@code ResourceInfo} reports exactly, so a container that reported its proxy's class would lose the
 * headers of actual requests.
 *
 * <p>Payara Micro 7 is compiled for Java 21: it runs on the JDK named by the system property
 * {@value #JAVA_PROPERTY} (a JDK home or a {@code java} binary), else by the environment variable
 * {@value #JAVA_ENV}, else {@value #JAVA_DEFAULT}.
 */
class PayaraMicroWarTest extends PlatformChecks {

    static final String JAVA_PROPERTY = "corsgen.platform.java";
    static final String JAVA_ENV = "CORSGEN_JDK25";
    static final String JAVA_DEFAULT = "/usr/lib/jvm/temurin-25-jdk-amd64";

    /** Start and deployment, bounded: the machine may be busy with other builds. */
    private static final Duration READY = Duration.ofSeconds(240);
    /** Payara Micro's last line of a start, after every deployment. */
    static final Pattern READY_LINE = Pattern.compile("Payara Micro \\S+ \\(build \\d+\\) ready in ([\\d,]+) \\(ms\\)");
    /** What each corsgen module logs once, when its generated filter class is initialised. */
    private static final Pattern MODULE_LINE = Pattern.compile("corsgen: (\\S+) applies \\d+ CORS polic");

    /** The only origin of beans.war. */
    static final String BEANS = "https://beans.example.com";

    private ServerProcess server;
    private Http beans;
    private int port;

    @BeforeAll
    void start() throws Exception {
        Path war = existing("payara.war");
        Path beansWar = existing("payara.beans.war");
        requirePackagedLibraries(war, 3);
        requirePackagedLibraries(beansWar, 1);
        port = ServerProcess.freePort();
        long started = System.nanoTime();
        server = startPayara(Path.of(required("payara.work")), port, ENV_ORIGIN, war, beansWar);
        try {
            String readyIn = awaitReady(server);
            for (Http app : List.of(http(), beans())) {
                String path = app == beans() ? "plain" : "items";
                HttpResponse<String> r = app.send("GET", path);
                if (r.statusCode() != 200) {
                    throw new AssertionError("Payara Micro is up, but GET " + app.base() + path + " answered "
                            + r.statusCode() + ": " + r.body() + "\n" + server.tail());
                }
            }
            System.out.printf("Payara Micro ready in %d ms (its own count: %s ms), on port %d%n",
                    (System.nanoTime() - started) / 1_000_000, readyIn, port);
        } catch (Throwable e) {
            stop();
            throw e;
        }
    }

    /**
     * Starts Payara Micro as users do ({@code java -jar payara-micro.jar --deploy ...}), the WARs deployed in
     * this order, in a fresh {@code work} folder (its log is {@code work/server.log}), loopback only: the HTTP
     * listener on 127.0.0.1, and no data grid (Hazelcast would listen on every interface, port 6900, even with
     * --nocluster; set-hazelcast-configuration fails before boot, the attribute itself does not).
     */
    static ServerProcess startPayara(Path work, int port, String origins, Path... wars) throws IOException {
        Path jar = existing("payara.micro.jar");
        deleteTree(work);
        Path root = Files.createDirectories(work.resolve("root"));
        Path unpack = Files.createDirectories(work.resolve("unpack"));
        Path preboot = Files.writeString(work.resolve("preboot.asadmin"), String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener"
                        + ".address=127.0.0.1",
                "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false", ""));
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar.toString()));
        for (Path war : wars) {
            command.addAll(List.of("--deploy", war.toString()));
        }
        command.addAll(List.of("--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                "--prebootcommandfile", preboot.toString(), "--rootdir", root.toString(),
                "--unpackdir", unpack.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("PLATFORM_ORIGINS", origins);
        return ServerProcess.start("Payara Micro", builder, work.resolve("server.log"));
    }

    /** @return Payara's own start-up time, from its ready line (after every deployment) */
    static String awaitReady(ServerProcess server) throws InterruptedException {
        try {
            return server.awaitLog(READY_LINE, READY).group(1);
        } catch (AssertionError e) {
            if (server.tail().contains("UnsupportedClassVersionError")) {
                throw new AssertionError("Payara Micro 7 needs Java 21 or newer: set -D" + JAVA_PROPERTY + " or "
                        + JAVA_ENV + " to a JDK 21+ home\n" + e.getMessage(), e);
            }
            throw e;
        }
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + port + "/shop/api/";
    }

    /** @return a client on beans.war's application */
    private Http beans() {
        if (beans == null) {
            beans = new Http("http://127.0.0.1:" + port + "/beans/api/");
        }
        return beans;
    }

    /**
     * Whatever instance the container made (Jersey's own, a CDI client proxy, a subclass Weld generated for an
     * interceptor, a session bean from the EJB container), {@code ResourceInfo.getResourceClass()} on Payara
     * is the class corsgen compiled, so actual requests get their policy.
     */
    @ParameterizedTest
    @ValueSource(strings = {"PlainResource:plain", "RequestScopedResource:request-scoped",
            "ApplicationScopedResource:application-scoped", "InterceptedResource:intercepted",
            "StatelessResource:stateless"})
    void componentResourcesKeepTheirPolicy(String classAndPath) throws Exception {
        String type = "org.corsgen.platform.payara.beans." + classAndPath.substring(0, classAndPath.indexOf(':'));
        String path = classAndPath.substring(classAndPath.indexOf(':') + 1);
        HttpResponse<String> r = beans().send("GET", path, "Origin", BEANS);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().endsWith(" resourceClass=" + type), r.body());
        assertEquals(BEANS, one(r, ACAO), r.headers().map().toString());
        if (path.equals("intercepted")) {
            // the case in question: the instance's class is not the resource class
            assertTrue(r.body().startsWith("instance=" + type + "$"), r.body());
        }
        assertNoCorsHeaders(beans().send("GET", path, "Origin", APP));
    }

    /**
     * Two WARs, each with its own cors-runtime: each application's filter decides for its own modules only
     * (Payara gives each WAR its own class loader), the preflight included.
     */
    @Test
    void eachApplicationHasItsOwnFilter() throws Exception {
        HttpResponse<String> p = beans().preflight("intercepted", BEANS, "GET");
        assertEquals(204, p.statusCode(), p.headers().map().toString());
        assertEquals(BEANS, one(p, ACAO));
        assertEquals(403, beans().preflight("intercepted", APP, "GET").statusCode());
        assertNoCorsHeaders(http().send("GET", "items", "Origin", BEANS));
        assertEquals(403, http().preflight("items/1", BEANS, "PUT").statusCode());
    }

    /**
     * Each module's generated classes were initialised once, in the application's one class loader (the line
     * comes from each generated filter's class initialisation). That the application's one CORS filter was
     * registered once shows in every check: {@code Http.one} fails on a header sent twice.
     */
    @Test
    void eachModuleLoadedOnce() {
        List<String> modules = new ArrayList<>();
        Matcher m = MODULE_LINE.matcher(server.log());
        while (m.find()) {
            modules.add(m.group(1));
        }
        modules.sort(Comparator.naturalOrder());
        assertEquals(List.of("org.corsgen.platform.billing.BillingCorsFilter",
                "org.corsgen.platform.payara.beans.BeansCorsFilter", "org.corsgen.platform.shop.ShopCorsFilter"),
                modules, server.tail());
    }

    /**
     * In a reactor build that stops before {@code package} (e.g. {@code mvn test}), the WAR plugin finds the
     * sibling modules as class directories and packs empty directories: say so instead of a deployment that
     * finds no resource.
     */
    static void requirePackagedLibraries(Path war, int jars) throws IOException {
        try (ZipFile zip = new ZipFile(war.toFile())) {
            List<String> libs = zip.stream().filter(e -> !e.isDirectory())
                    .map(ZipEntry::getName).filter(n -> n.startsWith("WEB-INF/lib/") && n.endsWith(".jar")).toList();
            if (libs.size() != jars) {
                fail(war + " holds " + libs + " in WEB-INF/lib, not " + jars + " jar(s) of the corsgen modules and"
                        + " cors-runtime: build it with the reactor through package (mvn verify)");
            }
        }
    }

    static String java() {
        String configured = System.getProperty(JAVA_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(JAVA_ENV);
        }
        if (configured == null || configured.isBlank()) {
            configured = JAVA_DEFAULT;
        }
        Path java = Path.of(configured);
        if (Files.isDirectory(java)) {
            java = java.resolve("bin").resolve("java");
        }
        if (!Files.isExecutable(java)) {
            fail("Payara Micro 7 needs Java 21 or newer: no java at " + java + " (set -D" + JAVA_PROPERTY
                    + " or " + JAVA_ENV + " to a JDK 21+ home)");
        }
        return java.toString();
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            fail("system property " + property + " is not set: run this test through Maven (see the module's pom)");
        }
        return value;
    }

    static Path existing(String property) {
        Path path = Path.of(required(property));
        if (!Files.isRegularFile(path)) {
            fail(path + " (" + property + ") does not exist: the Maven build puts it there before the tests");
        }
        return path;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
