package org.campfair.roster.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import org.campfair.participant.Gender;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/** A participant as the solver needs to know them; a problem fact. */
public final class Volunteer {

    private final long id;
    private final String nickname;
    private final Set<String> skills;
    private final boolean returning;
    private final LocalDate arrivesOn;
    private final LocalDate departsOn;
    private final List<TimeWindow> unavailable;
    private final int maxHoursPerDay;
    private final Intensity intensityComfort;
    private final boolean needsPrivateRoom;
    private final boolean needsStepFree;
    private final @Nullable Gender gender;
    private final Preferences preferences;
    /** What they work outside a re-planned window; {@link FixedWork#NONE} in a whole-camp problem. */
    private final FixedWork fixedWork;

    public Volunteer(long id, String nickname, Set<String> skills, boolean returning,
            LocalDate arrivesOn, LocalDate departsOn, List<TimeWindow> unavailable,
            int maxHoursPerDay, Intensity intensityComfort, boolean needsPrivateRoom,
            boolean needsStepFree, @Nullable Gender gender, Preferences preferences) {
        this.id = id;
        this.nickname = nickname;
        this.skills = Set.copyOf(skills);
        this.returning = returning;
        this.arrivesOn = arrivesOn;
        this.departsOn = departsOn;
        this.unavailable = List.copyOf(unavailable);
        this.maxHoursPerDay = maxHoursPerDay;
        this.intensityComfort = intensityComfort;
        this.needsPrivateRoom = needsPrivateRoom;
        this.needsStepFree = needsStepFree;
        this.gender = gender;
        this.preferences = preferences;
        this.fixedWork = FixedWork.NONE;
    }

    private Volunteer(Volunteer same, FixedWork fixedWork) {
        this.id = same.id;
        this.nickname = same.nickname;
        this.skills = same.skills;
        this.returning = same.returning;
        this.arrivesOn = same.arrivesOn;
        this.departsOn = same.departsOn;
        this.unavailable = same.unavailable;
        this.maxHoursPerDay = same.maxHoursPerDay;
        this.intensityComfort = same.intensityComfort;
        this.needsPrivateRoom = same.needsPrivateRoom;
        this.needsStepFree = same.needsStepFree;
        this.gender = same.gender;
        this.preferences = same.preferences;
        this.fixedWork = fixedWork;
    }

    /**
     * The same volunteer with what they work outside a re-planned window. The copy equals this
     * one (same id), so a window problem must use the copies throughout: its seats, stays and
     * value range.
     */
    public Volunteer withFixedWork(FixedWork fixedWork) {
        return new Volunteer(this, fixedWork);
    }

    public FixedWork getFixedWork() {
        return fixedWork;
    }

    /**
     * True when the period lies within the days the volunteer is at camp and touches none of
     * their unavailable windows.
     */
    public boolean isAvailable(LocalDateTime start, LocalDateTime end) {
        return isAtCamp(start, end)
                && unavailable.stream().noneMatch(window -> window.overlaps(start, end));
    }

    /** True when the period lies within the stay, arrival and departure days included. */
    public boolean isAtCamp(LocalDateTime start, LocalDateTime end) {
        return !start.isBefore(arrivesOn.atStartOfDay())
                && !end.isAfter(departsOn.plusDays(1).atStartOfDay());
    }

    /** Days at camp, arrival and departure included; at least 1 so loads can divide by it. */
    public int availableDays() {
        long days = ChronoUnit.DAYS.between(arrivesOn, departsOn) + 1;
        return (int) Math.max(1, days);
    }

    public boolean hasSkills(Set<String> required) {
        return skills.containsAll(required);
    }

    /** A returning participant with the shift's skills can lead it; newcomers never do. */
    public boolean canLead(Shift shift) {
        return returning && hasSkills(shift.getRequiredSkills());
    }

    /**
     * True on the arrival day and the day after, when a newcomer starts gently. Counted from
     * arrival, not from the first shift, because settling in is what tires people.
     */
    public boolean isInFirstTwoDays(LocalDate day) {
        return !day.isBefore(arrivesOn) && day.isBefore(arrivesOn.plusDays(2));
    }

    public boolean likes(Shift shift) {
        return preferences.likedTaskIds().contains(shift.getTaskId());
    }

    public boolean dislikes(Shift shift) {
        return preferences.dislikedTaskIds().contains(shift.getTaskId());
    }

    /** True when either of the two asked to be the other's buddy. */
    public boolean isBuddyWith(Volunteer other) {
        return preferences.buddyIds().contains(other.id)
                || other.preferences.buddyIds().contains(id);
    }

    /** True when either of the two asked to be kept apart from the other. */
    public boolean isToBeKeptApartFrom(Volunteer other) {
        return preferences.avoidIds().contains(other.id)
                || other.preferences.avoidIds().contains(id);
    }

    @PlanningId
    public long getId() {
        return id;
    }

    public String getNickname() {
        return nickname;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public boolean isReturning() {
        return returning;
    }

    public LocalDate getArrivesOn() {
        return arrivesOn;
    }

    public LocalDate getDepartsOn() {
        return departsOn;
    }

    public List<TimeWindow> getUnavailable() {
        return unavailable;
    }

    public int getMaxHoursPerDay() {
        return maxHoursPerDay;
    }

    public Intensity getIntensityComfort() {
        return intensityComfort;
    }

    public boolean needsPrivateRoom() {
        return needsPrivateRoom;
    }

    public boolean needsStepFree() {
        return needsStepFree;
    }

    public @Nullable Gender getGender() {
        return gender;
    }

    public Preferences getPreferences() {
        return preferences;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Volunteer volunteer && id == volunteer.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return nickname;
    }
}
