package org.corsgen.platform.shop;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Behind {@link AuthenticationFilter}: a page calls it with {@code Authorization}, so it is allowed. */
@Path("secure")
@CrossOrigin(credentials = true, allowedHeaders = {"Content-Type", "Authorization"})
public class SecureResource {

    @GET
    public String account() {
        return "account";
    }
}
