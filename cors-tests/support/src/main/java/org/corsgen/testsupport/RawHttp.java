package org.corsgen.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends bytes no well-behaved client would (several {@code Origin} lines, control characters, huge
 * values) over a plain socket and reads the status line and headers of the answer.
 */
public final class RawHttp {

    public record Answer(int status, List<String> headerLines) {
        public List<String> values(String name) {
            List<String> out = new ArrayList<>();
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            for (String line : headerLines) {
                if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    out.add(line.substring(prefix.length()).trim());
                }
            }
            return out;
        }

        public String raw() {
            return String.join("\n", headerLines);
        }
    }

    private RawHttp() {
    }

    /**
     * @param port the server port on 127.0.0.1
     * @param requestHead the request line and header lines, without the final empty line;
     *     {@code Connection: close} is added
     */
    public static Answer send(int port, String requestHead) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int state = 0;
            try {
                int c;
                while (state < 4 && (c = in.read()) != -1) {
                    head.write(c);
                    state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
                            ? state + 1 : 0;
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer within 20 s (a hang) to: " + requestHead, e);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            String[] lines = text.split("\r\n");
            if (lines.length == 0 || !lines[0].startsWith("HTTP/1.")) {
                throw new AssertionError("no HTTP answer, got: " + text);
            }
            int status = Integer.parseInt(lines[0].substring(9, 12));
            List<String> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isEmpty()) {
                    headers.add(lines[i]);
                }
            }
            return new Answer(status, headers);
        }
    }
}
