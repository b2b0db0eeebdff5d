package org.corsgen.conformance.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: a root template with a parameter and no GET at all. */
@Path("r/patch/{id}")
@CrossOrigin(exposedHeaders = "X-Route-Class-RoutePatch", allowedHeaders = {"Content-Type", "X-Route-Class-RoutePatch"})
public class RoutePatch {

    @PATCH
    @CrossOrigin(exposedHeaders = "X-Route-patchPatch", allowedHeaders = {"Content-Type", "X-Route-patchPatch"})
    public String patchPatch(String body) {
        return "patchPatch";
    }

    @DELETE
    @CrossOrigin(exposedHeaders = "X-Route-deletePatch", allowedHeaders = {"Content-Type", "X-Route-deletePatch"})
    public String deletePatch() {
        return "deletePatch";
    }
}
