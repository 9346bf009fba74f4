package org.campfair.roster.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/** One time slot of a task at a site, with room for a number of volunteers; a problem fact. */
public final class Shift {

    private final long id;
    private final long taskId;
    private final String taskName;
    private final Set<String> requiredSkills;
    private final Intensity intensity;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final LocalDate day;
    private final int minHeadcount;
    private final int maxHeadcount;
    private final boolean needsLead;
    private final double siteLatitude;
    private final double siteLongitude;
    private final Site site;
    /** Wall-clock minutes, as Duration.between counts local date-times; computed once, as the solver asks millions of times. */
    private final long startMinute;
    private final long endMinute;

    public Shift(long id, long taskId, String taskName, Set<String> requiredSkills,
            Intensity intensity, LocalDateTime start, LocalDateTime end, int minHeadcount,
            int maxHeadcount, boolean needsLead, String siteName, double siteLatitude,
            double siteLongitude) {
        this.id = id;
        this.taskId = taskId;
        this.taskName = taskName;
        this.requiredSkills = Set.copyOf(requiredSkills);
        this.intensity = intensity;
        this.start = start;
        this.end = end;
        this.day = start.toLocalDate();
        this.minHeadcount = minHeadcount;
        this.maxHeadcount = maxHeadcount;
        this.needsLead = needsLead;
        this.siteLatitude = siteLatitude;
        this.siteLongitude = siteLongitude;
        this.site = new Site(siteName, new Position(siteLatitude, siteLongitude));
        this.startMinute = start.toEpochSecond(ZoneOffset.UTC) / 60;
        this.endMinute = end.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    public long durationMinutes() {
        return endMinute - startMinute;
    }

    /** Minutes from the end of this shift to the start of {@code later} (negative when they overlap). */
    public long minutesUntil(Shift later) {
        return later.startMinute - endMinute;
    }

    /** The day the shift starts on; a shift running past midnight counts for that day. */
    public LocalDate getDay() {
        return day;
    }

    public boolean overlaps(Shift other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    @PlanningId
    public long getId() {
        return id;
    }

    /** The task this shift is a time slot of, which volunteers like or dislike. */
    public long getTaskId() {
        return taskId;
    }

    public String getTaskName() {
        return taskName;
    }

    public Set<String> getRequiredSkills() {
        return requiredSkills;
    }

    public Intensity getIntensity() {
        return intensity;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public int getMinHeadcount() {
        return minHeadcount;
    }

    public int getMaxHeadcount() {
        return maxHeadcount;
    }

    public boolean needsLead() {
        return needsLead;
    }

    public double getSiteLatitude() {
        return siteLatitude;
    }

    public double getSiteLongitude() {
        return siteLongitude;
    }

    public Site getSite() {
        return site;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Shift shift && id == shift.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return taskName + " " + start;
    }
}
