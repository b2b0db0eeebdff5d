package org.corsgen.conformance.api;

/** Thrown by a resource and turned into 409 by {@link ItemConflictMapper}. */
public class ItemConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ItemConflictException(long id) {
        super("item " + id + " is being changed by someone else");
    }
}
