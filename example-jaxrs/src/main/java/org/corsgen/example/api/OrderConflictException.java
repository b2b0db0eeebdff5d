package org.corsgen.example.api;

/** A business rule was broken; {@link ConflictMapper} answers 409. */
public class OrderConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderConflictException(String message) {
        super(message);
    }
}
