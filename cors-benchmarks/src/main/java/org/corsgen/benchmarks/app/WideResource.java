package org.corsgen.benchmarks.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.corsgen.CrossOrigin;

/** The benchmark policy with 50 origins instead of 2 (the request's origin is one of them). */
@Path("wide")
@CrossOrigin(
        origins = {
                "https://app.example.com", "https://admin.example.com", "https://site01.example.com", "https://site02.example.com",
                "https://site03.example.com", "https://site04.example.com", "https://site05.example.com", "https://site06.example.com",
                "https://site07.example.com", "https://site08.example.com", "https://site09.example.com", "https://site10.example.com",
                "https://site11.example.com", "https://site12.example.com", "https://site13.example.com", "https://site14.example.com",
                "https://site15.example.com", "https://site16.example.com", "https://site17.example.com", "https://site18.example.com",
                "https://site19.example.com", "https://site20.example.com", "https://site21.example.com", "https://site22.example.com",
                "https://site23.example.com", "https://site24.example.com", "https://site25.example.com", "https://site26.example.com",
                "https://site27.example.com", "https://site28.example.com", "https://site29.example.com", "https://site30.example.com",
                "https://site31.example.com", "https://site32.example.com", "https://site33.example.com", "https://site34.example.com",
                "https://site35.example.com", "https://site36.example.com", "https://site37.example.com", "https://site38.example.com",
                "https://site39.example.com", "https://site40.example.com", "https://site41.example.com", "https://site42.example.com",
                "https://site43.example.com", "https://site44.example.com", "https://site45.example.com", "https://site46.example.com",
                "https://site47.example.com", "https://site48.example.com"
        },
        credentials = true,
        methods = {"GET", "PUT"},
        allowedHeaders = {"Content-Type", "X-Req"},
        exposedHeaders = "X-Total",
        maxAge = 600)
public class WideResource {

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return id;
    }

    @PUT
    @Path("{id}")
    public void replace(@PathParam("id") String id, String body) {
        // never called: the benchmarks drive the filter only
    }
}
