package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.corsgen.testsupport.LogCapture;

/** How debug mode is switched on, and what an engine says about it when created. */
class CorsEngineDebugTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(CorsEngine.DEBUG_PROPERTY);
    }

    @Test
    void offByDefaultOnByTheApplicationsPropertyOrTheSystemProperty() {
        assertFalse(CorsEngine.debugRequested(null));
        assertFalse(CorsEngine.debugRequested("false"));
        assertFalse(CorsEngine.debugRequested("yes"));
        assertTrue(CorsEngine.debugRequested(Boolean.TRUE));
        assertTrue(CorsEngine.debugRequested("true"));
        assertTrue(CorsEngine.debugRequested(" TRUE "));
        System.setProperty(CorsEngine.DEBUG_PROPERTY, "true");
        assertTrue(CorsEngine.debugRequested(null));
        assertTrue(CorsEngine.debugRequested("false"), "either switch is enough");
    }

    @Test
    void anEngineInDebugModeWarnsWhenItsLinesWouldNotShow() {
        try (LogCapture log = new LogCapture(Level.INFO)) {
            CorsEngine.combine(List.of(), Set.of(), true);
            List<String> warnings = log.at(Level.WARNING);
            assertEquals(1, warnings.size(), log.all().toString());
            assertTrue(warnings.get(0).startsWith("corsgen: debug mode is on (corsgen.debug=true), but the logger"
                    + " org.corsgen does not log DEBUG"), warnings.get(0));
        }
        try (LogCapture log = new LogCapture(Level.FINE)) {
            CorsEngine.combine(List.of(), Set.of(), true);
            assertEquals(List.of(), log.at(Level.WARNING));
            assertEquals(1, log.at(Level.INFO).size(), log.all().toString());
        }
        try (LogCapture log = new LogCapture(Level.FINE)) {
            CorsEngine.combine(List.of(), Set.of(), false);
            assertEquals(List.of(), log.all(), "debug mode is off by default and then says nothing");
        }
    }
}
