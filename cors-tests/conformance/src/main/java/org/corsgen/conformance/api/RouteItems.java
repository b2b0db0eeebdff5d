package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/**
 * Differential routing fixture (the worked example of Jakarta REST 3.1 §3.7.2): literal against
 * template, a regex template that wins on the sort key but serves only PUT, and a locator. Every method's
 * policy names it in {@code exposedHeaders} ({@code X-Route-<method>}), the class's names the class; the
 * method names start with the HTTP method they serve.
 */
@Path("r/items")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteItems", allowedHeaders = {"Content-Type", "X-Route-Class-RouteItems"})
public class RouteItems {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getItems", allowedHeaders = {"Content-Type", "X-Route-getItems"})
    public String getItems() {
        return "getItems";
    }

    @POST
    @CrossOrigin(exposedHeaders = "X-Route-postItems", allowedHeaders = {"Content-Type", "X-Route-postItems"})
    public String postItems(String body) {
        return "postItems";
    }

    @GET
    @Path("new")
    @CrossOrigin(exposedHeaders = "X-Route-getItemsNew", allowedHeaders = {"Content-Type", "X-Route-getItemsNew"})
    public String getItemsNew() {
        return "getItemsNew";
    }

    @GET
    @Path("{id}")
    @CrossOrigin(exposedHeaders = "X-Route-getItem", allowedHeaders = {"Content-Type", "X-Route-getItem"})
    public String getItem() {
        return "getItem";
    }

    @PUT
    @Path("{id: [0-9]+}")
    @CrossOrigin(exposedHeaders = "X-Route-putItem", allowedHeaders = {"Content-Type", "X-Route-putItem"})
    public String putItem(String body) {
        return "putItem";
    }

    @GET
    @Path("{id}/parts")
    @CrossOrigin(exposedHeaders = "X-Route-getItemParts", allowedHeaders = {"Content-Type", "X-Route-getItemParts"})
    public String getItemParts() {
        return "getItemParts";
    }

    @Path("{id}/history")
    public RouteHistory history() {
        return new RouteHistory();
    }
}
