package org.campfair.task;

/** How physically demanding a task is, and how much a participant is comfortable with. */
public enum Intensity {
    LIGHT, MODERATE, HEAVY;

    /** True when a task of this intensity is within the given comfort level. */
    public boolean isWithin(Intensity comfort) {
        return compareTo(comfort) <= 0;
    }
}
