package org.campfair.roster;

/** Publishing needs a solved roster. */
public class NothingToPublishException extends RuntimeException {

    public NothingToPublishException(long campId) {
        super("Camp " + campId + " has no roster yet: solve it before publishing");
    }
}
