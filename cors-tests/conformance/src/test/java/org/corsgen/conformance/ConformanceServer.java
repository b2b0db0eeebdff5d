package org.corsgen.conformance;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one shared server running {@link ConformanceApplication} (resolved as a
 * {@link Server} parameter of {@code @BeforeAll} methods). It is started on first use and stopped by
 * JUnit when the whole run ends, so the suite starts it once per runtime.
 */
public final class ConformanceServer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(ConformanceServer.class))
                .getOrComputeIfAbsent(Server.class, key -> {
                    try {
                        return Server.start(new ConformanceApplication(), "api/");
                    } catch (Exception e) {
                        throw new IllegalStateException("the conformance application did not start on "
                                + ContainerUnderTest.describe(), e);
                    }
                }, Server.class);
    }
}
