package org.corsgen.benchmarks.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/** The rest of the servlet pipeline: counts how often a filter let the request through. */
public final class CountingChain implements FilterChain {

    private int calls;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response) {
        calls++;
    }

    public int calls() {
        return calls;
    }

    public void reset() {
        calls = 0;
    }
}
