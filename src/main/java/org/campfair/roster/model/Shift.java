package org.campfair.roster.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    }

    public long durationMinutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** The day the shift starts on; a shift running past midnight counts for that day. */
    public LocalDate getDay() {
        return day;
    }

    public boolean overlaps(Shift other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
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
