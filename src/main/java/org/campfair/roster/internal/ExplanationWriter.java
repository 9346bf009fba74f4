package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campfair.roster.ConstraintSummary;
import org.campfair.roster.Explanation;
import org.campfair.roster.RosterExplanation;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.RoomNeed;
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
import org.campfair.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

/**
 * Turns Timefold's score analysis into sentences an organizer can act on. Unfilled seats are
 * told per shift together with why they could not be filled (who has the skill and is at
 * camp then), since that is what an organizer must change: the shift or the people.
 */
public final class ExplanationWriter {

    private final Roster roster;
    private final Locale locale;
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;

    /** Sentences in English, as the solver's own tools and logs read them. */
    public ExplanationWriter(Roster roster) {
        this(roster, Translations.ENGLISH);
    }

    /** Sentences and dates in the language of {@code locale} (English for languages Campfair does not speak). */
    public ExplanationWriter(Roster roster, Locale locale) {
        this.roster = roster;
        this.locale = Translations.language(locale.toLanguageTag());
        this.when = DateTimeFormatter.ofPattern(Translations.text(locale, "roster.explain.format.when"), this.locale);
        this.day = DateTimeFormatter.ofPattern(Translations.text(locale, "roster.explain.format.day"), this.locale);
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
            case MissingSkillJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.missingSkill",
                            j.nickname(), j.taskName(), when(j.start()),
                            quoted(j.missingSkills())),
                    List.of(j.nickname()), j.taskName(), j.start().toLocalDate());
            case OutsideAvailabilityJustification j -> of(level, constraint, cost,
                    j.reason() == OutsideAvailabilityJustification.Reason.NOT_AT_CAMP
                            ? Translations.text(locale, "roster.explain.notAtCamp",
                                    j.nickname(), j.taskName(), when(j.start()))
                            : Translations.text(locale, "roster.explain.unavailable",
                                    j.nickname(), j.taskName(), when(j.start())),
                    List.of(j.nickname()), j.taskName(), j.start().toLocalDate());
            case OverlappingShiftsJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.overlap",
                            j.nickname(), j.firstTaskName(), when(j.firstStart()),
                            j.secondTaskName(), when(j.secondStart()), j.overlapMinutes()),
                    List.of(j.nickname()), j.firstTaskName(), j.firstStart().toLocalDate());
            case SharedBedJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.sharedBed",
                            j.firstNickname(), j.secondNickname(), j.bedLabel(),
                            j.roomName(), j.houseName(), j.sharedNights(), day(j.from())),
                    List.of(j.firstNickname(), j.secondNickname()), null, j.from());
            case RoomNeedsJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.roomNeeds",
                            j.nickname(), j.roomName(), j.houseName(), list(j.unmetNeeds()
                            .stream().sorted().map(this::need).toList())),
                    List.of(j.nickname()), null, null);
            case OverMaxHoursPerDayJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.overMaxHours",
                            j.nickname(), hours(j.workedMinutes()), day(j.day()),
                            hours(j.maxMinutes())),
                    List.of(j.nickname()), null, j.day());
            case RestBetweenShiftsJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.rest",
                            j.nickname(), hours(j.restMinutes()), j.firstTaskName(),
                            when(j.firstEnd()), j.secondTaskName(), when(j.secondStart()), hours(j.requiredMinutes())),
                    List.of(j.nickname()), j.secondTaskName(), j.secondStart().toLocalDate());
            case LeadNeededJustification j -> of(level, constraint, cost,
                    j.requiredSkills().isEmpty()
                            ? Translations.text(locale, "roster.explain.leadExperience", j.taskName(), when(j.start()))
                            : Translations.text(locale, "roster.explain.leadSkill", j.taskName(), when(j.start()),
                                    quoted(j.requiredSkills())),
                    j.nicknames(), j.taskName(), j.start().toLocalDate());
            case AvoidSharesRoomJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.keptApart",
                            j.firstNickname(), j.secondNickname(), j.roomName(),
                            j.houseName(), j.nights(), day(j.from())),
                    List.of(j.firstNickname(), j.secondNickname()), null, j.from());
            case VolunteerWithoutBedJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.noBed",
                            j.nickname(), day(j.arrivesOn()), day(j.departsOn()),
                            roster.getBeds().size(), roster.getVolunteers().size()),
                    List.of(j.nickname()), null, j.arrivesOn());
            case FairWorkloadJustification j -> of(level, constraint, cost, fairness(j), List.of(), null, null);
            case GentleStartJustification j -> of(level, constraint, cost, j.firstDays()
                    ? Translations.text(locale, "roster.explain.gentleStartDays",
                            j.nickname(), j.extraShifts(), day(j.day()),
                            list(j.taskNames()))
                    : Translations.text(locale, "roster.explain.gentleStartIntensity", j.nickname(),
                            list(j.tooIntenseTasks()), day(j.day())),
                    List.of(j.nickname()), null, j.day());
            case LikedTaskJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.liked", j.nickname(), j.taskName(), when(j.start())),
                    List.of(j.nickname()), j.taskName(), j.start().toLocalDate());
            case DislikedTaskJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.disliked", j.nickname(), j.taskName(), when(j.start())),
                    List.of(j.nickname()), j.taskName(), j.start().toLocalDate());
            case BuddiesTogetherJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.buddiesHouse",
                            j.firstNickname(), j.secondNickname(), j.houseName()),
                    List.of(j.firstNickname(), j.secondNickname()), null, null);
            case BuddiesOnSameShiftJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.buddiesShift",
                            j.firstNickname(), j.secondNickname(), j.taskName(),
                            when(j.start())),
                    List.of(j.firstNickname(), j.secondNickname()), j.taskName(), j.start().toLocalDate());
            case ShortTravelJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.travel",
                            j.nickname(), j.metres() / 1000.0, j.houseName(), j.siteName(),
                            j.shifts()),
                    List.of(j.nickname()), null, null);
            case FewerHousesOpenedJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.houseOpened", j.houseName(), j.volunteers()),
                    List.of(), null, null);
            case DayOffAfterFiveDaysJustification j -> of(level, constraint, cost,
                    Translations.text(locale, "roster.explain.noDayOff",
                            j.nickname(), j.days(), day(j.firstDay()), day(j.lastDay())),
                    List.of(j.nickname()), null, j.firstDay());
            case StabilityJustification.SeatChanged j -> of(level, constraint, cost,
                    j.nickname() == null
                            ? Translations.text(locale, "roster.explain.seatEmptied",
                                    j.taskName(), when(j.start()), j.seatNumber(),
                                    j.publishedNickname())
                            : Translations.text(locale, "roster.explain.seatChanged",
                                    j.taskName(), when(j.start()), j.seatNumber(),
                                    j.publishedNickname(), j.nickname()),
                    j.nickname() == null ? List.of(j.publishedNickname())
                            : List.of(j.publishedNickname(), j.nickname()),
                    j.taskName(), j.start().toLocalDate());
            case StabilityJustification.BedChanged j -> of(level, constraint, cost,
                    j.now() == null
                            ? Translations.text(locale, "roster.explain.bedLost",
                                    j.nickname(), j.published().roomName(),
                                    j.published().houseName())
                            : Translations.text(locale, "roster.explain.bedChanged",
                                    j.nickname(), j.published().roomName(),
                                    j.published().houseName(), j.now().roomName(), j.now().houseName()),
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
            String unfilled = Translations.text(locale, "roster.explain.unfilled",
                    when(j.start()), seats.size(), j.minHeadcount(),
                    j.taskName());
            String sentence = shift.map(s -> Translations.text(locale, "roster.explain.unfilledBecause",
                    unfilled, whyUnfilled(s)))
                    .orElse(unfilled);
            reasons.add(of("MEDIUM", constraint, cost, sentence, List.of(), j.taskName(), j.start().toLocalDate()));
        }
        return reasons;
    }

    private String whyUnfilled(Shift shift) {
        List<Volunteer> atCamp = roster.getVolunteers().stream()
                .filter(v -> v.isAvailable(shift.getStart(), shift.getEnd())).toList();
        if (atCamp.isEmpty()) {
            return Translations.text(locale, "roster.explain.why.nobodyAvailable");
        }
        if (shift.getRequiredSkills().isEmpty()) {
            return Translations.text(locale, "roster.explain.why.allBusy", atCamp.size());
        }
        long skilled = atCamp.stream().filter(v -> v.hasSkills(shift.getRequiredSkills())).count();
        String skills = quoted(shift.getRequiredSkills());
        if (skilled == 0) {
            boolean anyone = roster.getVolunteers().stream().anyMatch(v -> v.hasSkills(shift.getRequiredSkills()));
            return anyone ? Translations.text(locale, "roster.explain.why.skilledAway", skills)
                    : Translations.text(locale, "roster.explain.why.skillMissing", skills);
        }
        return Translations.text(locale, "roster.explain.why.skilledBusy", skilled, skills);
    }

    private String fairness(FairWorkloadJustification j) {
        var shares = j.shares().stream().sorted(Comparator.comparingDouble(FairWorkloadJustification.Share::minutesPerDay))
                .toList();
        if (shares.isEmpty()) {
            return Translations.text(locale, "roster.explain.fair");
        }
        var least = shares.getFirst();
        var most = shares.getLast();
        return Translations.text(locale, "roster.explain.workRange",
                hours(Math.round(least.minutesPerDay())), least.nickname(),
                hours(Math.round(most.minutesPerDay())), most.nickname());
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

    private String when(LocalDateTime time) {
        return when.format(time);
    }

    private String day(LocalDate day) {
        return this.day.format(day);
    }

    private String hours(long minutes) {
        return minutes % 60 == 0 ? Translations.text(locale, "roster.explain.hours", minutes / 60)
                : Translations.text(locale, "roster.explain.hoursMinutes",
                        minutes / 60, "%02d".formatted(minutes % 60));
    }

    private String need(RoomNeed need) {
        return switch (need) {
            case PRIVATE_ROOM -> Translations.text(locale, "roster.explain.need.privateRoom");
            case STEP_FREE -> Translations.text(locale, "roster.explain.need.stepFree");
            case ROOM_RULE -> Translations.text(locale, "roster.explain.need.roomRule");
        };
    }

    /** Skill names quoted and joined the way the language joins "a and b". */
    private String quoted(Collection<String> skills) {
        return skills.stream().sorted().map(skill -> Translations.text(locale, "roster.explain.skill", skill))
                .reduce((first, next) -> Translations.text(locale, "roster.explain.and", first, next)).orElse("");
    }

    /** Names joined the way the language lists them ("a, b, c"). */
    private String list(Collection<String> names) {
        return names.stream().reduce((first, next) -> Translations.text(locale, "roster.explain.list",
                first, next)).orElse("");
    }
}
