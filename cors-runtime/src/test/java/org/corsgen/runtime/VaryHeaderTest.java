package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class VaryHeaderTest {

    private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

    @Test
    void addsVaryWhenAbsent() {
        VaryHeader.append(headers, "Origin");
        assertEquals(List.of("Origin"), headers.get("Vary"));
    }

    @Test
    void extendsTheApplicationsVaryOnOneLine() {
        headers.putSingle("Vary", "Accept-Encoding");
        VaryHeader.append(headers, "Origin");
        assertEquals(List.of("Accept-Encoding, Origin"), headers.get("Vary"));
    }

    @Test
    void neverListsOriginTwice() {
        headers.putSingle("Vary", "accept-encoding , ORIGIN");
        VaryHeader.append(headers, "Origin");
        VaryHeader.append(headers, "Origin");
        assertEquals(List.of("accept-encoding , ORIGIN"), headers.get("Vary"));
    }

    @Test
    void varyStarAlreadyCoversEverything() {
        headers.putSingle("Vary", "*");
        VaryHeader.append(headers, "Origin");
        assertEquals(List.of("*"), headers.get("Vary"));
    }

    @Test
    void severalLinesGetOneMore() {
        headers.add("Vary", "Accept");
        headers.add("Vary", "Accept-Language");
        VaryHeader.append(headers, "Origin");
        assertEquals(List.of("Accept", "Accept-Language", "Origin"), headers.get("Vary"));
    }

    @Test
    void listsNameMatchesWholeItemsOnly() {
        assertTrue(VaryHeader.listsName("Accept,Origin", "Origin"));
        assertTrue(VaryHeader.listsName(" origin\t", "Origin"));
        assertFalse(VaryHeader.listsName("X-Origin", "Origin"));
        assertFalse(VaryHeader.listsName("Origins", "Origin"));
        assertFalse(VaryHeader.listsName(",,", "Origin"));
        assertFalse(VaryHeader.listsName("", "Origin"));
    }
}
