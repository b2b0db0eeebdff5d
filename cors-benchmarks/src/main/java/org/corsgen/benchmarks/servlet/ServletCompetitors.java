package org.corsgen.benchmarks.servlet;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.filters.CorsFilter;
import org.corsgen.benchmarks.BenchPolicy;
import org.corsgen.benchmarks.Scenario;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * The servlet competitors, driven through spring-test's mocks: Spring's {@code DefaultCorsProcessor}, Tomcat's
 * {@code CorsFilter}, and the servlet floor (a filter that only passes the request on).
 */
public enum ServletCompetitors {
    SPRING,
    TOMCAT,
    NOOP;

    /** One servlet request/response exchange. */
    public interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException;
    }

    public Handler create() {
        switch (this) {
            case SPRING: {
                DefaultCorsProcessor processor = new DefaultCorsProcessor();
                CorsConfiguration config = springConfig();
                return (request, response, chain) -> {
                    // as Spring's CorsFilter does: a refused or answered preflight ends the exchange
                    if (processor.processRequest(config, request, response) && !isPreflight(request)) {
                        chain.doFilter(request, response);
                    }
                };
            }
            case TOMCAT: {
                Filter filter = tomcatFilter();
                return filter::doFilter;
            }
            default:
                return (request, response, chain) -> chain.doFilter(request, response);
        }
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** @return Spring's configuration of the benchmark policy */
    public static CorsConfiguration springConfig() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(BenchPolicy.ORIGINS);
        config.setAllowCredentials(BenchPolicy.CREDENTIALS);
        config.setAllowedMethods(BenchPolicy.METHODS);
        config.setAllowedHeaders(BenchPolicy.ALLOWED_HEADERS);
        config.setExposedHeaders(BenchPolicy.EXPOSED_HEADERS);
        config.setMaxAge((long) BenchPolicy.MAX_AGE);
        return config;
    }

    /** @return Tomcat's filter, initialised with the benchmark policy through its init parameters */
    public static Filter tomcatFilter() {
        MockFilterConfig config = new MockFilterConfig("cors");
        config.addInitParameter(CorsFilter.PARAM_CORS_ALLOWED_ORIGINS, String.join(",", BenchPolicy.ORIGINS));
        config.addInitParameter(CorsFilter.PARAM_CORS_SUPPORT_CREDENTIALS, Boolean.toString(BenchPolicy.CREDENTIALS));
        config.addInitParameter(CorsFilter.PARAM_CORS_ALLOWED_METHODS, String.join(",", BenchPolicy.METHODS));
        config.addInitParameter(CorsFilter.PARAM_CORS_ALLOWED_HEADERS, String.join(",", BenchPolicy.ALLOWED_HEADERS));
        config.addInitParameter(CorsFilter.PARAM_CORS_EXPOSED_HEADERS, String.join(",", BenchPolicy.EXPOSED_HEADERS));
        config.addInitParameter(CorsFilter.PARAM_CORS_PREFLIGHT_MAXAGE, Integer.toString(BenchPolicy.MAX_AGE));
        CorsFilter filter = new CorsFilter();
        try {
            filter.init(config);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        return filter;
    }

    /** @return the servlet request of {@code scenario} (built once per trial) */
    public static MockHttpServletRequest request(Scenario scenario) {
        MockHttpServletRequest request = new MockHttpServletRequest(scenario.method, "/api/" + scenario.path);
        request.setScheme("http");
        request.setServerName("127.0.0.1");
        request.setServerPort(8080);
        for (int i = 0; i < scenario.headers.length; i += 2) {
            request.addHeader(scenario.headers[i], scenario.headers[i + 1]);
        }
        return request;
    }

    /** A servlet exchange with its per-invocation reset, shared by the benchmark and the check. */
    public static Object run(Handler handler, MockHttpServletRequest request, MockHttpServletResponse response,
            CountingChain chain) {
        request.clearAttributes();
        response.setCommitted(false); // Spring flushes its 403: a container would start a new response
        response.reset();
        chain.reset();
        try {
            handler.handle(request, response, chain);
        } catch (IOException | ServletException e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

}
