package org.corsgen.example;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the example until Ctrl+C: the API on {@code http://127.0.0.1:8080/api/} and the demo page on
 * {@code http://localhost:8081/}. Options: {@code --api-port=N}, {@code --page-port=N}.
 *
 * <p>The page's origins come from the placeholder {@code ${EXAMPLE_PAGE_ORIGINS:...}} of the package's
 * {@code @CrossOrigin}, by default {@code http://localhost:8081} and {@code http://127.0.0.1:8081}. For
 * another page port, set the system property or environment variable {@code EXAMPLE_PAGE_ORIGINS} to that
 * port's origins; without it every call from the page is blocked, which is also instructive. The
 * {@code DELETE} endpoint keeps its own literal origin, {@code http://localhost:8081}.
 */
public final class ExampleMain {

    private ExampleMain() {
    }

    public static void main(String[] args) throws Exception {
        int apiPort = 8080;
        int pagePort = 8081;
        for (String arg : args) {
            if (arg.startsWith("--api-port=")) {
                apiPort = Integer.parseInt(arg.substring("--api-port=".length()));
            } else if (arg.startsWith("--page-port=")) {
                pagePort = Integer.parseInt(arg.substring("--page-port=".length()));
            } else {
                System.err.println("unknown option " + arg + " (use --api-port=N --page-port=N)");
                System.exit(2);
            }
        }
        ExampleServer server = ExampleServer.start(apiPort, pagePort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println();
        System.out.println("corsgen example running");
        System.out.println("  API:       " + server.apiBase() + "status   (Jersey + Grizzly, CORS by the generated ApiCorsFilter)");
        System.out.println("  Demo page: http://localhost:" + server.pagePort() + "/   (an allowed origin)");
        System.out.println("             http://127.0.0.1:" + server.pagePort() + "/   (allowed too, except DELETE)");
        System.out.println("  Try:       curl -si -X OPTIONS " + server.apiBase() + "orders/1 -H 'Origin: http://localhost:"
                + server.pagePort() + "' -H 'Access-Control-Request-Method: PUT' -H 'Access-Control-Request-Headers: content-type'");
        System.out.println("Press Ctrl+C to stop.");
        stopped.await();
    }
}
