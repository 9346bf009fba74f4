package org.campfair.roster.model;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

/**
 * One place for one volunteer on a shift. A shift with room for five has five seats; the
 * first {@code minHeadcount} of them must be filled, the rest may stay empty.
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private String id;
    private Shift shift;
    private int index;

    @PlanningVariable(allowsUnassigned = true)
    private @Nullable Volunteer volunteer;

    @PlanningPin
    private boolean pinned;

    /** Who held the seat in the published roster; null when nothing was published for it. */
    private @Nullable Volunteer originalVolunteer;

    /**
     * The minutes the volunteer was confirmed to have worked at a check-in during the camp;
     * null while nobody marked the seat. Only a seat that is history (pinned) carries them.
     */
    private @Nullable Integer confirmedMinutes;

    /** For Timefold's solution cloner only; the fields are filled in by reflection. */
    public Seat() {
    }

    public Seat(String id, Shift shift, int index, @Nullable Volunteer volunteer, boolean pinned,
            @Nullable Volunteer originalVolunteer) {
        this.id = id;
        this.shift = shift;
        this.index = index;
        this.volunteer = volunteer;
        this.pinned = pinned;
        this.originalVolunteer = originalVolunteer;
    }

    /**
     * True when the seat was published to someone and now holds someone else or nobody. A
     * seat that was empty when published may be filled freely: nobody's calendar changes.
     */
    public boolean isChangedSincePublished() {
        return originalVolunteer != null && !originalVolunteer.equals(volunteer);
    }

    /**
     * Marks the seat as worked for {@code minutes}, confirmed at check-in: it is history now,
     * so it is pinned, and fairness counts these minutes instead of the planned ones.
     */
    public void confirm(int minutes) {
        this.confirmedMinutes = minutes;
        this.pinned = true;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public @Nullable Integer getConfirmedMinutes() {
        return confirmedMinutes;
    }

    /**
     * The minutes this seat counts for its volunteer's share of the work: the confirmed ones
     * once a check-in marked it, the shift's planned length until then.
     */
    public long workedMinutes() {
        return confirmedMinutes == null ? shift.durationMinutes() : confirmedMinutes;
    }

    /** The seats below the shift's minimum headcount are the ones a shift cannot run without. */
    public boolean isRequired() {
        return index < shift.getMinHeadcount();
    }

    public String getId() {
        return id;
    }

    public Shift getShift() {
        return shift;
    }

    public int getIndex() {
        return index;
    }

    public @Nullable Volunteer getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(@Nullable Volunteer volunteer) {
        this.volunteer = volunteer;
    }

    public @Nullable Volunteer getOriginalVolunteer() {
        return originalVolunteer;
    }

    @Override
    public String toString() {
        return shift + " #" + index + " " + (volunteer == null ? "(empty)" : volunteer);
    }
}
