package org.corsgen.processor.model;

/** The attributes of {@code @CrossOrigin}, in the order they are declared. */
public enum Attribute {
    ORIGINS("origins"),
    CREDENTIALS("credentials"),
    METHODS("methods"),
    ALLOWED_HEADERS("allowedHeaders"),
    EXPOSED_HEADERS("exposedHeaders"),
    MAX_AGE("maxAge"),
    PRIVATE_NETWORK("privateNetwork");

    private final String javaName;

    Attribute(String javaName) {
        this.javaName = javaName;
    }

    /** @return the attribute's name as written in source, e.g. {@code allowedHeaders} */
    public String javaName() {
        return javaName;
    }

    static Attribute named(String name) {
        for (Attribute a : values()) {
            if (a.javaName.equals(name)) {
                return a;
            }
        }
        return null;
    }
}
