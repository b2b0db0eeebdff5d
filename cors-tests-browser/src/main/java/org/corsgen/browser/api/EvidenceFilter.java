package org.corsgen.browser.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Records every request before anything else sees it (pre-matching, priority {@link #PRIORITY}: ahead of
 * the CORS filter's 900), and its response after everything else wrote it (response filters run in
 * reverse priority order, so this one runs after the CORS filter). Preflights the CORS filter answers are
 * recorded too: their response phase still runs.
 */
@PreMatching
public final class EvidenceFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final int PRIORITY = 100;
    private static final String EXCHANGE = EvidenceFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        String caseId = request.getUriInfo().getQueryParameters().getFirst(Evidence.CASE_PARAMETER);
        String path = request.getUriInfo().getPath();
        Evidence.Exchange exchange = Evidence.received(caseId == null ? "" : caseId, request.getMethod(),
                path.startsWith("/") ? path.substring(1) : path, request.getHeaders());
        request.setProperty(EXCHANGE, exchange);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object exchange = request.getProperty(EXCHANGE);
        if (exchange instanceof Evidence.Exchange) {
            ((Evidence.Exchange) exchange).answered(response.getStatus(), response.getStringHeaders());
        }
    }
}
