package org.campfair.shared;

/** A record that does not exist, or that the caller may not know exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
