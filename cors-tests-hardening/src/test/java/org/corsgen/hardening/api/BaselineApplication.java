package org.corsgen.hardening.api;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;

/**
 * The same resources without corsgen (service loading off, so the generated Feature is not found): what the
 * container does on its own, to tell its answers from the filter's.
 */
@ApplicationPath("api")
public class BaselineApplication extends HardeningApplication {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jakarta.ws.rs.loadServices", false);
    }
}
