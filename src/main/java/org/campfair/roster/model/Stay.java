package org.campfair.roster.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer's nights at camp and the bed they sleep in. A stay occupies the nights from
 * arrival up to but excluding departure; a stay that arrives and departs on the same day
 * still counts as one night, so it can never share a bed unnoticed.
 */
@PlanningEntity
public class Stay {

    @PlanningId
    private long id;
    private Volunteer volunteer;

    @PlanningVariable(allowsUnassigned = true)
    private @Nullable Bed bed;

    @PlanningPin
    private boolean pinned;

    /** The bed in the published roster; null when nothing was published for this stay. */
    private @Nullable Bed originalBed;

    /** For Timefold's solution cloner only; the fields are filled in by reflection. */
    public Stay() {
    }

    public Stay(long id, Volunteer volunteer, @Nullable Bed bed, boolean pinned,
            @Nullable Bed originalBed) {
        this.id = id;
        this.volunteer = volunteer;
        this.bed = bed;
        this.pinned = pinned;
        this.originalBed = originalBed;
    }

    /** True when a bed was published for this stay and the stay is now elsewhere or bedless. */
    public boolean isChangedSincePublished() {
        return originalBed != null && !originalBed.equals(bed);
    }

    /** The first night, which is the arrival date. */
    public LocalDate firstNight() {
        return volunteer.getArrivesOn();
    }

    /** The date after the last night: departure, or the day after arrival for a day visit. */
    public LocalDate nightsEnd() {
        LocalDate arrives = volunteer.getArrivesOn();
        LocalDate departs = volunteer.getDepartsOn();
        return departs.isAfter(arrives) ? departs : arrives.plusDays(1);
    }

    public boolean overlaps(Stay other) {
        return sharedNights(other) > 0;
    }

    /** How many nights both stays occupy; 0 when they do not overlap. */
    public long sharedNights(Stay other) {
        LocalDate from = max(firstNight(), other.firstNight());
        LocalDate to = min(nightsEnd(), other.nightsEnd());
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    /** What the volunteer needs of a room that the current bed's room fails to give. */
    public Set<RoomNeed> unmetRoomNeeds() {
        Set<RoomNeed> unmet = EnumSet.noneOf(RoomNeed.class);
        if (bed == null) {
            return unmet;
        }
        if (volunteer.needsPrivateRoom() && !bed.isPrivateRoom()) {
            unmet.add(RoomNeed.PRIVATE_ROOM);
        }
        if (volunteer.needsStepFree() && !bed.isStepFree()) {
            unmet.add(RoomNeed.STEP_FREE);
        }
        if (!bed.admits(volunteer.getGender())) {
            unmet.add(RoomNeed.ROOM_RULE);
        }
        return unmet;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    public long getId() {
        return id;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public @Nullable Bed getBed() {
        return bed;
    }

    public void setBed(@Nullable Bed bed) {
        this.bed = bed;
    }

    public @Nullable Bed getOriginalBed() {
        return originalBed;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return volunteer + " in " + (bed == null ? "(no bed)" : bed);
    }
}
