package org.corsgen.browser.api;

/**
 * The page origins of the browser tests. They are written into the {@code @CrossOrigin} annotations, so
 * they are fixed at compile time: the page servers must listen on exactly these ports (high, unusual
 * ones, so that nothing else on a developer's machine is likely to hold them).
 */
public final class Origins {

    /** The port of the allowed page origin (reached as {@code localhost} and as {@code 127.0.0.1}). */
    public static final int ALLOWED_PORT = 47301;
    /** The port of a page origin that no policy lists. */
    public static final int OTHER_PORT = 47302;

    /** The allowed page origin. */
    public static final String ALLOWED = "http://localhost:" + ALLOWED_PORT;
    /** The same page server by IP address: another origin for the browser, listed by one policy only. */
    public static final String ALLOWED_BY_IP = "http://127.0.0.1:" + ALLOWED_PORT;
    /** A page origin no policy allows. */
    public static final String OTHER = "http://localhost:" + OTHER_PORT;

    private Origins() {
    }
}
