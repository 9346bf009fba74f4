package org.campfair.campday;

/** What happened at a published seat on the day. */
public enum CheckInState {
    CAME, CAME_LATE, LEFT_EARLY, DID_NOT_COME;

    /** Whether the person worked at all, so that confirmed hours above zero make sense. */
    public boolean worked() {
        return this != DID_NOT_COME;
    }
}
