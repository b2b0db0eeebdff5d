package org.corsgen.conformance.generated;

import static org.corsgen.conformance.generated.IssueCases.OPEN;
import static org.corsgen.conformance.generated.IssueCases.STRICT;
import static org.corsgen.conformance.generated.IssueCases.assertAllowedPreflight;
import static org.corsgen.conformance.generated.IssueCases.assertRanWithGrant;
import static org.corsgen.conformance.generated.IssueCases.assertRanWithoutGrant;
import static org.corsgen.conformance.generated.IssueCases.assertRefusedPreflight;
import static org.corsgen.conformance.generated.IssueCases.policy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.corsgen.testsupport.Http;
import org.corsgen.conformance.generated.ResourceSet.Module;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, case 3: a module's table claims paths it does not own. Module A (corsgen): {@code mm/admin},
 * STRICT + credentials. Module B (corsgen, compiled separately): {@code mm/{any: .*}}, OPEN + credentials.
 * Module C (no corsgen): {@code mm/plain}. Each resource is answered by its own policy, or by none, in both
 * class-path orders.
 */
class ModuleOwnershipCaseTest {

    static final Map<ClassPathOrder, Deployment> DEPLOYMENTS = new EnumMap<>(ClassPathOrder.class);
    static String adminGet;
    static String adminDelete;
    static String anyGet;
    static String plainGet;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        ResourceSet set = new ResourceSet("issue 11, case 3 (several modules)", IssueCases.PREFIX);
        Module a = set.module("A", true);
        Module b = set.module("B", true);
        Module c = set.module("C", false);
        var admin = a.root("Admin", "mm/admin", policy(STRICT, true, "GET", "DELETE"));
        adminGet = admin.method("get", "GET", null, null).id();
        adminDelete = admin.method("delete", "DELETE", null, null).id();
        var any = b.root("Any", "mm/{any: .*}", policy(OPEN, true, "GET", "DELETE"));
        anyGet = any.method("get", "GET", null, null).id();
        any.method("delete", "DELETE", null, null);
        var plain = c.root("Plain", "mm/plain", null);
        plainGet = plain.method("get", "GET", null, null).id();
        plain.method("delete", "DELETE", null, null);
        CompiledSet compiled = CompiledSet.compile(set, dir);
        for (ClassPathOrder order : ClassPathOrder.values()) {
            DEPLOYMENTS.put(order, Deployment.start(compiled, order));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Deployment d : DEPLOYMENTS.values()) {
            d.close();
        }
    }

    private static Http http(ClassPathOrder order) {
        return DEPLOYMENTS.get(order).http();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClassPathOrder.class)
    void adminFromOpenGetsNoGrant(ClassPathOrder order) throws Exception {
        assertRanWithoutGrant(adminGet, http(order).send("GET", "i11/mm/admin", "Origin", OPEN));
        assertRanWithoutGrant(adminDelete, http(order).send("DELETE", "i11/mm/admin", "Origin", OPEN));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClassPathOrder.class)
    void adminFromStrictGetsStrictWithCredentials(ClassPathOrder order) throws Exception {
        assertRanWithGrant(adminGet, STRICT, true, http(order).send("GET", "i11/mm/admin", "Origin", STRICT));
        assertRanWithGrant(adminDelete, STRICT, true, http(order).send("DELETE", "i11/mm/admin", "Origin", STRICT));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClassPathOrder.class)
    void adminPreflightFromOpenIsRefused(ClassPathOrder order) throws Exception {
        assertRefusedPreflight(http(order).preflight("i11/mm/admin", OPEN, "DELETE"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClassPathOrder.class)
    void adminPreflightFromStrictIsAllowed(ClassPathOrder order) throws Exception {
        assertAllowedPreflight(STRICT, http(order).preflight("i11/mm/admin", STRICT, "DELETE"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClassPathOrder.class)
    void aResourceWithoutCorsgenGetsNoGrant(ClassPathOrder order) throws Exception {
        assertRanWithoutGrant(plainGet, http(order).send("GET", "i11/mm/plain", "Origin", OPEN));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClassPathOrder.class)
    void aPreflightOfAResourceWithoutCorsgenIsNotAllowed(ClassPathOrder order) throws Exception {
        assertRefusedPreflight(http(order).preflight("i11/mm/plain", OPEN, "DELETE"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClassPathOrder.class)
    void theCatchAllFromOpenGetsOpen(ClassPathOrder order) throws Exception {
        assertRanWithGrant(anyGet, OPEN, true, http(order).send("GET", "i11/mm/other", "Origin", OPEN));
    }
}
