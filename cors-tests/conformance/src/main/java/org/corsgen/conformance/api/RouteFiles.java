package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/**
 * Differential routing fixture: literals that need percent-encoding or regex escaping, and a regex
 * parameter that spans segments.
 */
@Path("r/files")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteFiles", allowedHeaders = {"Content-Type", "X-Route-Class-RouteFiles"})
public class RouteFiles {

    @GET
    @Path("{name}")
    @CrossOrigin(exposedHeaders = "X-Route-getFile", allowedHeaders = {"Content-Type", "X-Route-getFile"})
    public String getFile() {
        return "getFile";
    }

    @GET
    @Path("{path: .+}/raw")
    @CrossOrigin(exposedHeaders = "X-Route-getFileRaw", allowedHeaders = {"Content-Type", "X-Route-getFileRaw"})
    public String getFileRaw() {
        return "getFileRaw";
    }

    @GET
    @Path("a b")
    @CrossOrigin(exposedHeaders = "X-Route-getSpaced", allowedHeaders = {"Content-Type", "X-Route-getSpaced"})
    public String getSpaced() {
        return "getSpaced";
    }

    @GET
    @Path("caf\u00e9")
    @CrossOrigin(exposedHeaders = "X-Route-getCafe", allowedHeaders = {"Content-Type", "X-Route-getCafe"})
    public String getCafe() {
        return "getCafe";
    }

    @GET
    @Path("v1.0")
    @CrossOrigin(exposedHeaders = "X-Route-getVersioned", allowedHeaders = {"Content-Type", "X-Route-getVersioned"})
    public String getVersioned() {
        return "getVersioned";
    }
}
