package org.corsgen.conformance;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the major version of a loaded class's class file. */
final class ClassFileVersion {

    private ClassFileVersion() {
    }

    static int major(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + type);
            }
            DataInputStream data = new DataInputStream(in);
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            return data.readUnsignedShort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
