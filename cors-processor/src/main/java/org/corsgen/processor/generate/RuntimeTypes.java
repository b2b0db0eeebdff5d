package org.corsgen.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;

/** The types the generated code refers to, by name (the processor does not load them). */
final class RuntimeTypes {

    static final String PROCESSOR = "org.corsgen.processor.CrossOriginProcessor";

    static final ClassName CORS_POLICY = ClassName.get("org.corsgen.runtime", "CorsPolicy");
    static final ClassName CORS_ENGINE = ClassName.get("org.corsgen.runtime", "CorsEngine");
    static final ClassName CORS_STARTUP = ClassName.get("org.corsgen.runtime", "CorsStartup");
    static final ClassName CORS_MODULE_FEATURE = ClassName.get("org.corsgen.runtime", "CorsModuleFeature");
    static final ClassName CORS_MODULE = ClassName.get("org.corsgen.runtime", "CorsModule");
    static final ClassName CORS_FILTER = ClassName.get("org.corsgen.runtime", "CorsFilter");
    static final ClassName ROUTE_TABLE = ClassName.get("org.corsgen.runtime.routing", "RouteTable");
    static final ParameterizedTypeName POLICY_TABLE = ParameterizedTypeName.get(ROUTE_TABLE, CORS_POLICY);

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName PROVIDER = ClassName.get("jakarta.ws.rs.ext", "Provider");
    static final ClassName PRE_MATCHING = ClassName.get("jakarta.ws.rs.container", "PreMatching");
    static final ClassName REQUEST_FILTER = ClassName.get("jakarta.ws.rs.container", "ContainerRequestFilter");
    static final ClassName RESPONSE_FILTER = ClassName.get("jakarta.ws.rs.container", "ContainerResponseFilter");
    static final ClassName REQUEST_CONTEXT = ClassName.get("jakarta.ws.rs.container", "ContainerRequestContext");
    static final ClassName RESPONSE_CONTEXT = ClassName.get("jakarta.ws.rs.container", "ContainerResponseContext");
    static final ClassName FEATURE_CONTEXT = ClassName.get("jakarta.ws.rs.core", "FeatureContext");

    private RuntimeTypes() {
    }
}
