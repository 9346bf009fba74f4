package org.campfair.shared;

/** A record that does not exist, or that the caller may not know exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }

    /**
     * For a page that reroutes here ({@code event.rerouteToError(NotFoundException.class, message)}):
     * Vaadin makes the exception itself, from the message or from nothing.
     */
    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException() {
        super("not found");
    }
}
