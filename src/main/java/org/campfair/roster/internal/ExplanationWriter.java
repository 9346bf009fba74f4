package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.campfair.roster.ConstraintSummary;
import org.campfair.roster.Explanation;
import org.campfair.roster.RosterExplanation;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.justifications.AvoidSharesRoomJustification;
import org.campfair.roster.solver.justifications.BuddiesOnSameShiftJustification;
import org.campfair.roster.solver.justifications.BuddiesTogetherJustification;
import org.campfair.roster.solver.justifications.DayOffAfterFiveDaysJustification;
import org.campfair.roster.solver.justifications.DislikedTaskJustification;
import org.campfair.roster.solver.justifications.FairWorkloadJustification;
import org.campfair.roster.solver.justifications.FewerHousesOpenedJustification;
import org.campfair.roster.solver.justifications.GentleStartJustification;
import org.campfair.roster.solver.justifications.LeadNeededJustification;
import org.campfair.roster.solver.justifications.LikedTaskJustification;
import org.campfair.roster.solver.justifications.MissingSkillJustification;
import org.campfair.roster.solver.justifications.OutsideAvailabilityJustification;
import org.campfair.roster.solver.justifications.OverMaxHoursPerDayJustification;
import org.campfair.roster.solver.justifications.OverlappingShiftsJustification;
import org.campfair.roster.solver.justifications.RestBetweenShiftsJustification;
import org.campfair.roster.solver.justifications.RoomNeedsJustification;
import org.campfair.roster.solver.justifications.SharedBedJustification;
import org.campfair.roster.solver.justifications.ShortTravelJustification;
import org.campfair.roster.solver.justifications.StabilityJustification;
import org.campfair.roster.solver.justifications.UnfilledRequiredSeatJustification;
import org.campfair.roster.solver.justifications.VolunteerWithoutBedJustification;
import org.jspecify.annotations.Nullable;

/**
 * Turns Timefold's score analysis into sentences an organizer can act on. Unfilled seats are
 * told per shift together with why they could not be filled (who has the skill and is at
 * camp then), since that is what an organizer must change: the shift or the people.
 */
public final class ExplanationWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final Roster roster;

    public ExplanationWriter(Roster roster) {
        this.roster = roster;
    }

    public RosterExplanation explain(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        var summaries = new ArrayList<ConstraintSummary>();
        var reasons = new ArrayList<Explanation>();
        var analyses = analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().equals(HardMediumSoftLongScore.ZERO))
                .sorted(Comparator.comparing(ConstraintAnalysis::score))
                .toList();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analyses) {
            String name = constraint.constraintRef().constraintName();
            summaries.add(new ConstraintSummary(name, level(constraint.score()), cost(constraint.score()),
                    constraint.matchCount()));
            var matches = constraint.matches() == null ? List.<MatchAnalysis<HardMediumSoftLongScore>>of()
                    : constraint.matches();
            if (!matches.isEmpty() && matches.getFirst().justification() instanceof UnfilledRequiredSeatJustification) {
                reasons.addAll(unfilledSeats(name, matches));
            } else {
                matches.forEach(match -> reasons.add(reason(name, match)));
            }
        }
        var score = analysis.score();
        return new RosterExplanation(roster.getCampId(), String.valueOf(score), score != null && score.isFeasible(),
                summaries, reasons);
    }

    private Explanation reason(String constraint, MatchAnalysis<HardMediumSoftLongScore> match) {
        String level = level(match.score());
        long cost = cost(match.score());
        return switch (match.justification()) {
            case MissingSkillJustification j -> of(level, constraint, cost, "%s works %s on %s without the skill %s"
                    .formatted(j.nickname(), j.taskName(), when(j.start()), quoted(j.missingSkills())),
                    List.of(j.nickname()), j.taskName(), j.start().toLocalDate());
            case OutsideAvailabilityJustification j -> of(level, constraint, cost, "%s works %s on %s but %s"
                    .formatted(j.nickname(), j.taskName(), when(j.start()),
                            j.reason() == OutsideAvailabilityJustification.Reason.NOT_AT_CAMP
                                    ? "is not at camp then" : "marked that time as unavailable"),
                    List.of(j.nickname()), j.taskName(), j.start().toLocalDate());
            case OverlappingShiftsJustification j -> of(level, constraint, cost,
                    "%s is on %s (%s) and %s (%s) at the same time, %d minutes overlap".formatted(j.nickname(),
                            j.firstTaskName(), when(j.firstStart()), j.secondTaskName(), when(j.secondStart()),
                            j.overlapMinutes()),
                    List.of(j.nickname()), j.firstTaskName(), j.firstStart().toLocalDate());
            case SharedBedJustification j -> of(level, constraint, cost,
                    "%s and %s share bed %s in %s, %s for %d night(s) from %s".formatted(j.firstNickname(),
                            j.secondNickname(), j.bedLabel(), j.roomName(), j.houseName(), j.sharedNights(),
                            day(j.from())),
                    List.of(j.firstNickname(), j.secondNickname()), null, j.from());
            case RoomNeedsJustification j -> of(level, constraint, cost, "%s sleeps in %s, %s, which does not meet: %s"
                    .formatted(j.nickname(), j.roomName(), j.houseName(), j.unmetNeeds().stream()
                            .map(need -> need.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                            .sorted().collect(Collectors.joining(", "))),
                    List.of(j.nickname()), null, null);
            case OverMaxHoursPerDayJustification j -> of(level, constraint, cost,
                    "%s works %s on %s, more than the agreed %s".formatted(j.nickname(), hours(j.workedMinutes()),
                            day(j.day()), hours(j.maxMinutes())),
                    List.of(j.nickname()), null, j.day());
            case RestBetweenShiftsJustification j -> of(level, constraint, cost,
                    "%s rests only %s between %s (ends %s) and %s (starts %s); %s are needed".formatted(j.nickname(),
                            hours(j.restMinutes()), j.firstTaskName(), when(j.firstEnd()), j.secondTaskName(),
                            when(j.secondStart()), hours(j.requiredMinutes())),
                    List.of(j.nickname()), j.secondTaskName(), j.secondStart().toLocalDate());
            case LeadNeededJustification j -> of(level, constraint, cost,
                    "%s on %s has no lead: nobody on it is a returning participant with %s".formatted(j.taskName(),
                            when(j.start()), j.requiredSkills().isEmpty() ? "experience"
                                    : "the skill " + quoted(j.requiredSkills())),
                    j.nicknames(), j.taskName(), j.start().toLocalDate());
            case AvoidSharesRoomJustification j -> of(level, constraint, cost,
                    "%s and %s asked to be kept apart but share %s, %s for %d night(s) from %s".formatted(
                            j.firstNickname(), j.secondNickname(), j.roomName(), j.houseName(), j.nights(),
                            day(j.from())),
                    List.of(j.firstNickname(), j.secondNickname()), null, j.from());
            case VolunteerWithoutBedJustification j -> of(level, constraint, cost,
                    "%s has no bed for %s to %s: %s".formatted(j.nickname(), day(j.arrivesOn()), day(j.departsOn()),
                            bedShortage()),
                    List.of(j.nickname()), null, j.arrivesOn());
            case FairWorkloadJustification j -> of(level, constraint, cost, fairness(j), List.of(), null, null);
            case GentleStartJustification j -> of(level, constraint, cost, j.firstDays()
                    ? "%s is new and has %d shift(s) too many on %s, one of their first two days (%s)".formatted(
                            j.nickname(), j.extraShifts(), day(j.day()), String.join(", ", j.taskNames()))
                    : "%s is new and gets %s on %s, above their comfort".formatted(j.nickname(),
                            String.join(", ", j.tooIntenseTasks()), day(j.day())),
                    List.of(j.nickname()), null, j.day());
            case LikedTaskJustification j -> of(level, constraint, cost, "%s works %s, which they like, on %s"
                    .formatted(j.nickname(), j.taskName(), when(j.start())),
                    List.of(j.nickname()), j.taskName(), j.start().toLocalDate());
            case DislikedTaskJustification j -> of(level, constraint, cost, "%s works %s, which they dislike, on %s"
                    .formatted(j.nickname(), j.taskName(), when(j.start())),
                    List.of(j.nickname()), j.taskName(), j.start().toLocalDate());
            case BuddiesTogetherJustification j -> of(level, constraint, cost, "Buddies %s and %s both stay in %s"
                    .formatted(j.firstNickname(), j.secondNickname(), j.houseName()),
                    List.of(j.firstNickname(), j.secondNickname()), null, null);
            case BuddiesOnSameShiftJustification j -> of(level, constraint, cost,
                    "Buddies %s and %s work %s together on %s".formatted(j.firstNickname(), j.secondNickname(),
                            j.taskName(), when(j.start())),
                    List.of(j.firstNickname(), j.secondNickname()), j.taskName(), j.start().toLocalDate());
            case ShortTravelJustification j -> of(level, constraint, cost,
                    "%s travels %.1f km from %s to %s for %d shift(s)".formatted(j.nickname(), j.metres() / 1000.0,
                            j.houseName(), j.siteName(), j.shifts()),
                    List.of(j.nickname()), null, null);
            case FewerHousesOpenedJustification j -> of(level, constraint, cost,
                    "%s is opened for %d participant(s)".formatted(j.houseName(), j.volunteers()),
                    List.of(), null, null);
            case DayOffAfterFiveDaysJustification j -> of(level, constraint, cost,
                    "%s works %d days in a row, %s to %s, without a day off".formatted(j.nickname(), j.days(),
                            day(j.firstDay()), day(j.lastDay())),
                    List.of(j.nickname()), null, j.firstDay());
            case StabilityJustification.SeatChanged j -> of(level, constraint, cost,
                    "%s on %s, seat %d: %s is replaced by %s".formatted(j.taskName(), when(j.start()), j.seatNumber(),
                            j.publishedNickname(), j.nickname() == null ? "nobody" : j.nickname()),
                    j.nickname() == null ? List.of(j.publishedNickname())
                            : List.of(j.publishedNickname(), j.nickname()),
                    j.taskName(), j.start().toLocalDate());
            case StabilityJustification.BedChanged j -> of(level, constraint, cost,
                    "%s moves from %s, %s to %s".formatted(j.nickname(), j.published().roomName(),
                            j.published().houseName(), j.now() == null ? "no bed"
                                    : j.now().roomName() + ", " + j.now().houseName()),
                    List.of(j.nickname()), null, null);
            default -> of(level, constraint, cost, constraint, List.of(), null, null);
        };
    }

    /** One sentence per shift with unfilled required seats, saying who could have filled them. */
    private List<Explanation> unfilledSeats(String constraint, List<MatchAnalysis<HardMediumSoftLongScore>> matches) {
        Map<String, List<MatchAnalysis<HardMediumSoftLongScore>>> byShift = new LinkedHashMap<>();
        for (var match : matches) {
            var j = (UnfilledRequiredSeatJustification) match.justification();
            byShift.computeIfAbsent(j.taskName() + "@" + j.start(), key -> new ArrayList<>()).add(match);
        }
        var reasons = new ArrayList<Explanation>();
        for (var seats : byShift.values()) {
            var j = (UnfilledRequiredSeatJustification) seats.getFirst().justification();
            long cost = seats.stream().mapToLong(m -> cost(m.score())).sum();
            var shift = roster.getShifts().stream()
                    .filter(s -> s.getTaskName().equals(j.taskName()) && s.getStart().equals(j.start()))
                    .findFirst();
            String why = shift.map(this::whyUnfilled).orElse("");
            reasons.add(of("MEDIUM", constraint, cost, "%s: %d of %d required seat(s) in %s unfilled%s".formatted(
                    when(j.start()), seats.size(), j.minHeadcount(), j.taskName(), why),
                    List.of(), j.taskName(), j.start().toLocalDate()));
        }
        return reasons;
    }

    private String whyUnfilled(Shift shift) {
        List<Volunteer> atCamp = roster.getVolunteers().stream()
                .filter(v -> v.isAvailable(shift.getStart(), shift.getEnd())).toList();
        if (atCamp.isEmpty()) {
            return ": nobody is at camp and available then";
        }
        if (shift.getRequiredSkills().isEmpty()) {
            return ": the %d participant(s) available then are on other shifts or at their daily limit"
                    .formatted(atCamp.size());
        }
        long skilled = atCamp.stream().filter(v -> v.hasSkills(shift.getRequiredSkills())).count();
        String skills = quoted(shift.getRequiredSkills());
        if (skilled == 0) {
            boolean anyone = roster.getVolunteers().stream().anyMatch(v -> v.hasSkills(shift.getRequiredSkills()));
            return anyone ? ": nobody with the skill %s is at camp and available then".formatted(skills)
                    : ": nobody in this camp has the skill %s".formatted(skills);
        }
        return ": only %d available participant(s) have the skill %s, and they are on other shifts or at their limits"
                .formatted(skilled, skills);
    }

    private String bedShortage() {
        return "the camp has %d beds for %d participants; rooms with needs or rules may not fit".formatted(
                roster.getBeds().size(), roster.getVolunteers().size());
    }

    private static String fairness(FairWorkloadJustification j) {
        var shares = j.shares().stream().sorted(Comparator.comparingDouble(FairWorkloadJustification.Share::minutesPerDay))
                .toList();
        if (shares.isEmpty()) {
            return "Work is shared fairly";
        }
        var least = shares.getFirst();
        var most = shares.getLast();
        return "Work per day at camp ranges from %s (%s) to %s (%s)".formatted(hours(Math.round(least.minutesPerDay())),
                least.nickname(), hours(Math.round(most.minutesPerDay())), most.nickname());
    }

    private static Explanation of(String level, String constraint, long cost, String sentence, List<String> nicknames,
            @Nullable String task, @Nullable LocalDate day) {
        return new Explanation(level, constraint, cost, sentence, List.copyOf(nicknames), task, day);
    }

    /** The level a score lies at: the highest non-zero one. */
    static String level(HardMediumSoftLongScore score) {
        return score.hardScore() != 0 ? "HARD" : score.mediumScore() != 0 ? "MEDIUM" : "SOFT";
    }

    /** A positive cost at the score's level (negative for rewards). */
    static long cost(HardMediumSoftLongScore score) {
        return -(score.hardScore() != 0 ? score.hardScore()
                : score.mediumScore() != 0 ? score.mediumScore() : score.softScore());
    }

    private static String when(LocalDateTime time) {
        return WHEN.format(time);
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + " h" : "%d h %02d min".formatted(minutes / 60, minutes % 60);
    }

    private static String quoted(java.util.Collection<String> skills) {
        return skills.stream().sorted().map(s -> "'" + s + "'").collect(Collectors.joining(" and "));
    }
}
