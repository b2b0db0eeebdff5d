package org.corsgen.conformance;

import java.net.URL;
import java.security.CodeSource;
import java.util.Locale;

import jakarta.ws.rs.ext.RuntimeDelegate;

/**
 * The runtime this run of the suite is on: the one {@code SeBootstrap} finds on the classpath, which
 * must be the one the runner module declares ({@code corsgen.conformance.runtime}, e.g.
 * {@code "jersey 3.1.11"}). A runner with the wrong runtime, or none, fails instead of passing.
 */
public enum ContainerUnderTest {
    JERSEY, RESTEASY;

    private static final String PROPERTY = "corsgen.conformance.runtime";
    private static final ContainerUnderTest CURRENT;
    private static final String VERSION;
    private static final String JAR;

    static {
        String declared = System.getProperty(PROPERTY);
        if (declared == null || !declared.contains(" ")) {
            throw new IllegalStateException("-D" + PROPERTY + " must name the runtime, e.g. \"jersey 3.1.11\"; got "
                    + declared + " (run the suite from a runner module: cors-tests/jersey31, ...)");
        }
        String family = declared.substring(0, declared.indexOf(' '));
        VERSION = declared.substring(declared.indexOf(' ') + 1);
        CURRENT = valueOf(family.toUpperCase(Locale.ROOT));
        Class<?> delegate = RuntimeDelegate.getInstance().getClass();
        CodeSource source = delegate.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        JAR = location == null ? delegate.getName() : location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
        if (!JAR.startsWith(family + "-") || !JAR.endsWith("-" + VERSION + ".jar")) {
            throw new IllegalStateException("the runner declares " + declared + " but Jakarta REST runs on "
                    + delegate.getName() + " from " + location);
        }
    }

    /** @return the runtime on the classpath */
    public static ContainerUnderTest current() {
        return CURRENT;
    }

    /** @return e.g. {@code "3.1.11"} or {@code "6.2.16.Final"} */
    public static String version() {
        return VERSION;
    }

    /** @return the file name of the jar that implements {@code RuntimeDelegate} */
    public static String jar() {
        return JAR;
    }

    public static boolean isJersey() {
        return CURRENT == JERSEY;
    }

    public static boolean isRestEasy() {
        return CURRENT == RESTEASY;
    }

    /** @return e.g. {@code "jersey 3.1.11"}, for messages */
    public static String describe() {
        return CURRENT.name().toLowerCase(Locale.ROOT) + " " + VERSION;
    }
}
