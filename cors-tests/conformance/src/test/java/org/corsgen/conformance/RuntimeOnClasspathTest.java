package org.corsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import jakarta.ws.rs.core.UriInfo;

import org.corsgen.conformance.api.ApiCorsFilter;
import org.junit.jupiter.api.Test;

/** The runner runs what it says, and the same generated classes run on Jakarta REST 3.1 and 4.0. */
class RuntimeOnClasspathTest {

    @Test
    void theDeclaredRuntimeImplementsJakartaRest() {
        String jar = ContainerUnderTest.jar();
        assertTrue(jar.contains(ContainerUnderTest.version()), jar);
    }

    @Test
    void theJvmIsTheOneTheRunAskedFor() {
        String expected = System.getProperty("corsgen.conformance.java", "any");
        System.out.println(ContainerUnderTest.describe() + " on Java " + Runtime.version());
        if (!expected.equals("any")) {
            assertEquals(expected, Integer.toString(Runtime.version().feature()), "the JVM running the suite");
        }
    }

    @Test
    void theApiLevelIsTheRuntimesWhileTheGeneratedCodeWasCompiledAgainst31() {
        boolean api40 = Arrays.stream(UriInfo.class.getMethods()).anyMatch(m -> m.getName().equals("getMatchedResourceTemplate"));
        String version = ContainerUnderTest.version();
        boolean expects40 = ContainerUnderTest.isJersey() ? version.startsWith("4.") : version.startsWith("7.");
        assertEquals(expects40, api40, "Jakarta REST 4.0 API on " + ContainerUnderTest.describe());
        // class file version 61 = Java 17: the conformance module is compiled once, with --release 17
        assertEquals(61, ClassFileVersion.major(ApiCorsFilter.class));
    }
}
