package org.campfair.importing.generator;

/**
 * The three camp sizes of the benchmark: S is one village crew, M a regional camp, L the size
 * of a national community.
 */
public enum CampSize {
    S(30, 5, 4),
    M(150, 7, 15),
    L(750, 14, 60);

    private final int participants;
    private final int days;
    private final int houses;

    CampSize(int participants, int days, int houses) {
        this.participants = participants;
        this.days = days;
        this.houses = houses;
    }

    public int participants() {
        return participants;
    }

    public int days() {
        return days;
    }

    public int houses() {
        return houses;
    }

    /** Work is organised in crews of about 30 people, one per hamlet, each with its own sites. */
    int hamlets() {
        return Math.max(1, Math.round(participants / 30f));
    }
}
