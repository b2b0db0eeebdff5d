package org.corsgen.platform.shop;

/** Thrown by {@code GET items/409}; {@link ItemConflictMapper} answers it. */
public class ItemConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ItemConflictException(long id) {
        super("item " + id + " is being changed");
    }
}
