package org.corsgen.example.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/**
 * A credentialed API: the origins come from the package, credentials and the exposed header from here,
 * and {@code DELETE} narrows the origins to one page and switches preflight caching off.
 */
@Path("orders")
@CrossOrigin(credentials = true, exposedHeaders = "X-Total-Count")
public class OrderResource {

    private static final Map<Long, String> ORDERS = new ConcurrentHashMap<>(Map.of(1L, "coffee", 2L, "tea"));

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        StringBuilder json = new StringBuilder("[");
        new TreeMap<>(ORDERS).forEach((id, item) -> json.append(json.length() > 1 ? "," : "")
                .append(order(id, item)));
        return Response.ok(json.append(']').toString())
                .header("X-Total-Count", ORDERS.size())
                .header("X-Internal", "not exposed")
                .header("Vary", "Accept-Encoding")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        long id = ORDERS.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        ORDERS.put(id, item(body));
        return Response.status(Response.Status.CREATED).entity("{\"id\":" + id + "}").build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    public String get(@PathParam("id") long id) {
        String item = ORDERS.get(id);
        if (item == null) {
            throw new NotFoundException("no order " + id);
        }
        return order(id, item);
    }

    /** {@code X-Request-Id} is allowed in preflights by default because it is a {@code @HeaderParam}. */
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") long id, @HeaderParam("X-Request-Id") String requestId, String body) {
        ORDERS.put(id, item(body));
        return Response.noContent().header("X-Request-Id", requestId).build();
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response amend(@PathParam("id") long id, String body) {
        if (ORDERS.computeIfPresent(id, (k, v) -> item(body)) == null) {
            throw new NotFoundException("no order " + id);
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @CrossOrigin(origins = "http://localhost:8081", maxAge = 0)
    public Response delete(@PathParam("id") long id) {
        ORDERS.remove(id);
        return Response.noContent().build();
    }

    /** An error path: a domain exception turned into 409 by {@link ConflictMapper}. */
    @POST
    @Path("{id: [0-9]+}/ship")
    public Response ship(@PathParam("id") long id) {
        throw new OrderConflictException("order " + id + " has already shipped");
    }

    /** An unmapped failure: {@link CatchAllMapper} makes it a 500 that still carries the CORS headers. */
    @GET
    @Path("broken")
    public String broken() {
        throw new IllegalStateException("this endpoint always fails");
    }

    /**
     * @return the item a request body names: the text of a JSON string ({@code "latte"}, as the demo page
     *     sends it), or else the body as it is; at most 40 characters either way
     */
    static String item(String body) {
        String text = body == null ? "" : body.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                && text.indexOf('"', 1) == text.length() - 1 && text.indexOf('\\') < 0) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.length() <= 40) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(39)) ? 39 : 40);
    }

    /** @return {@code {"id":1,"item":"coffee"}}, the item escaped as a JSON string, whatever it holds */
    static String order(long id, String item) {
        StringBuilder b = new StringBuilder("{\"id\":").append(id).append(",\"item\":\"");
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append("\"}").toString();
    }
}
