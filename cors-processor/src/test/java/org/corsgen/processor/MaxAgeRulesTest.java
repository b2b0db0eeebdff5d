package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.getMethodWith;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;

/** {@code maxAge}: 0..86400, warning above Chromium's 7200. */
class MaxAgeRulesTest {

    private static JavaFileObject withMaxAge(String value) {
        return getMethodWith("  @CrossOrigin(origins = \"https://app.example.com\",", "      maxAge = " + value + ")");
    }

    @Test
    void negativeIsAnError() {
        JavaFileObject src = withMaxAge("-1");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "maxAge = -1", "maxAge -1 is negative", "write maxAge = 0");
    }

    @Test
    void moreThanADayIsAnError() {
        JavaFileObject src = withMaxAge("86401");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "maxAge = 86401", "maxAge 86401 is more than 86400 seconds", "write maxAge = 7200");
    }

    @Test
    void moreThanChromiumsCapIsAWarning() {
        JavaFileObject src = withMaxAge("7201");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "maxAge = 7201", "maxAge 7201 is more than 7200 seconds", "write maxAge = 7200");
    }

    @Test
    void boundsAreFine() {
        assertThat(compile(withMaxAge("0"))).succeededWithoutWarnings();
        assertThat(compile(withMaxAge("7200"))).succeededWithoutWarnings();
    }
}
