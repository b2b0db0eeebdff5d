package org.corsgen.hardening.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a fuzzer's bytes into text, so that the committed corpus files stay readable: valid UTF-8 is
 * decoded as UTF-8 (non-ASCII look-alikes, punycode sources), anything else byte by byte as ISO-8859-1
 * (every char 0x00-0xFF, as a container hands header bytes to the application). Structure inside an input
 * uses two separators that the tests never need as data: {@link #FIELD} (0x1F) between fields and
 * {@link #ITEM} (0x1E) between list items.
 */
final class FuzzText {

    static final char FIELD = '\u001f';
    static final char ITEM = '\u001e';

    private FuzzText() {
    }

    static String decode(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(data, StandardCharsets.ISO_8859_1);
        }
    }

    /** Splits on {@code separator}, keeping empty pieces; always at least one piece. */
    static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /** For assertion messages: the value with control and non-ASCII characters escaped. */
    static String show(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length() && i < 300; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        if (s.length() > 300) {
            b.append("...(").append(s.length()).append(" chars)");
        }
        return b.append('"').toString();
    }
}
