package org.corsgen.runtime.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorsProtocolNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Access-Control-Allow-Origin", "ACCESS-CONTROL-MAX-AGE", "access-control-request-headers",
        "Access-Control-Foo", "Access-Control-"})
    void everyNameWithThePrefixIsOne(String name) {
        assertTrue(CorsProtocolNames.isCorsProtocolName(name));
        assertTrue(CorsProtocolNames.allowedHeaderProblem(name).startsWith("allowed header \"" + name + "\" "));
        assertTrue(CorsProtocolNames.exposedHeaderProblem(name).startsWith("exposed header \"" + name + "\" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Access-Control-Allow-Origin", "Access-Control", "Access-ControlX", "Content-Type", "",
        "acce\u017fs-control-allow-origin"})
    void otherNamesAreNot(String name) {
        assertFalse(CorsProtocolNames.isCorsProtocolName(name));
        assertNull(CorsProtocolNames.allowedHeaderProblem(name));
        assertNull(CorsProtocolNames.exposedHeaderProblem(name));
        assertFalse(CorsProtocolNames.isCorsProtocolName(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Access-Control-Allow-Origin|list it in origins = {...}",
        "Access-Control-Allow-Credentials|write credentials = true",
        "Access-Control-Allow-Methods|list it in methods = {...}",
        "Access-Control-Allow-Headers|list the header itself in allowedHeaders",
        "Access-Control-Expose-Headers|list the header itself in exposedHeaders",
        "Access-Control-Max-Age|write maxAge = 600",
        "Access-Control-Allow-Private-Network|write privateNetwork = true",
    })
    void responseHeadersSayCorsgenSetsThemAndWhereThePolicySaysIt(String name, String fix) {
        String allowed = CorsProtocolNames.allowedHeaderProblem(name);
        assertTrue(allowed.contains("is a response header of the CORS protocol, which corsgen sets itself"), allowed);
        assertTrue(allowed.contains("a page never sends it"), allowed);
        assertTrue(allowed.contains("; remove it (") && allowed.endsWith(")"), allowed);
        assertTrue(allowed.contains(fix), allowed);
        String exposed = CorsProtocolNames.exposedHeaderProblem(name);
        assertTrue(exposed.contains("is a response header of the CORS protocol"), exposed);
        assertTrue(exposed.contains("it is no header of your API for page scripts to read"), exposed);
        assertTrue(exposed.contains(fix), exposed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Access-Control-Request-Method|list it in methods = {...}",
        "Access-Control-Request-Headers|list the header itself in allowedHeaders",
        "Access-Control-Request-Private-Network|write privateNetwork = true",
    })
    void requestHeadersSayTheBrowserSendsThem(String name, String fix) {
        String allowed = CorsProtocolNames.allowedHeaderProblem(name);
        assertTrue(allowed.contains("is a request header of the CORS protocol: the browser sends it itself"), allowed);
        assertTrue(allowed.contains(fix), allowed);
        String exposed = CorsProtocolNames.exposedHeaderProblem(name);
        assertTrue(exposed.contains("it never comes in a response, so there is nothing to expose"), exposed);
        assertTrue(exposed.contains(fix), exposed);
    }

    @Test
    void otherNamesWithThePrefixAreToBeRenamed() {
        assertEquals("allowed header \"Access-Control-Tenant\" starts with Access-Control-, the prefix the CORS"
                + " protocol uses for its own headers, so a header of your API with it is easily taken for one of"
                + " them; rename the header, e.g. \"X-Tenant\"",
                CorsProtocolNames.allowedHeaderProblem("Access-Control-Tenant"));
        assertTrue(CorsProtocolNames.exposedHeaderProblem("Access-Control-").endsWith("e.g. \"X-Request-Id\""));
    }
}
