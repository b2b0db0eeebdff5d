package org.corsgen.benchmarks.jaxrs;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * A hand-written {@link ContainerRequestContext}: method, case-insensitive headers and URI fixed when it is
 * built (once per trial), plus the per-request state a filter may change (properties, the abort response),
 * which {@link #reset()} clears before every invocation. Properties live in two small arrays, so storing one
 * allocates nothing (a container's map would; that cost is the container's, not the filter's).
 */
public final class StubRequest implements ContainerRequestContext {

    private final String method;
    private final Headers<String> headers;
    private final StubUriInfo uriInfo;

    private final String[] propertyNames = new String[4];
    private final Object[] propertyValues = new Object[4];
    private int propertyCount;
    private Response aborted;

    /**
     * @param method the HTTP method
     * @param path the path as Jersey's {@code UriInfo.getPath(false)} gives it ({@code items/42})
     * @param headerNamesAndValues name, value, name, value, ...
     */
    public StubRequest(String method, String path, String... headerNamesAndValues) {
        this.method = method;
        this.uriInfo = new StubUriInfo(URI.create("http://127.0.0.1:8080/api/"), path);
        this.headers = new Headers<>();
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers.add(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
    }

    /** Forgets what the previous invocation did: properties and the abort response. */
    public void reset() {
        for (int i = 0; i < propertyCount; i++) {
            propertyNames[i] = null;
            propertyValues[i] = null;
        }
        propertyCount = 0;
        aborted = null;
    }

    /** @return the response a filter aborted with (or the container built from its exception), or null */
    public Response aborted() {
        return aborted;
    }

    @Override
    public Object getProperty(String name) {
        for (int i = 0; i < propertyCount; i++) {
            if (propertyNames[i].equals(name)) {
                return propertyValues[i];
            }
        }
        return null;
    }

    @Override
    public Collection<String> getPropertyNames() {
        List<String> names = new ArrayList<>(propertyCount);
        for (int i = 0; i < propertyCount; i++) {
            names.add(propertyNames[i]);
        }
        return names;
    }

    @Override
    public void setProperty(String name, Object object) {
        if (object == null) {
            removeProperty(name);
            return;
        }
        for (int i = 0; i < propertyCount; i++) {
            if (propertyNames[i].equals(name)) {
                propertyValues[i] = object;
                return;
            }
        }
        propertyNames[propertyCount] = name;
        propertyValues[propertyCount] = object;
        propertyCount++;
    }

    @Override
    public void removeProperty(String name) {
        for (int i = 0; i < propertyCount; i++) {
            if (propertyNames[i].equals(name)) {
                propertyCount--;
                propertyNames[i] = propertyNames[propertyCount];
                propertyValues[i] = propertyValues[propertyCount];
                propertyNames[propertyCount] = null;
                propertyValues[propertyCount] = null;
                return;
            }
        }
    }

    @Override
    public UriInfo getUriInfo() {
        return uriInfo;
    }

    @Override
    public void setRequestUri(URI requestUri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setRequestUri(URI baseUri, URI requestUri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Request getRequest() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public void setMethod(String method) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Headers<String> getHeaders() {
        return headers;
    }

    /** As containers do: {@code null} when absent, the value for one line, the lines joined with ',' for several. */
    @Override
    public String getHeaderString(String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : String.join(",", values);
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Cookie> getCookies() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasEntity() {
        return false;
    }

    @Override
    public InputStream getEntityStream() {
        return InputStream.nullInputStream();
    }

    @Override
    public void setEntityStream(InputStream input) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SecurityContext getSecurityContext() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setSecurityContext(SecurityContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void abortWith(Response response) {
        this.aborted = response;
    }
}
