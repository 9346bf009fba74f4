package org.campfair.roster.internal;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campfair.roster.ConstraintSummary;
import org.campfair.roster.Explanation;
import org.campfair.roster.RosterExplanation;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.RoomNeed;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.justifications.FairWorkloadJustification;
import org.campfair.roster.solver.justifications.RuleJustification;
import org.campfair.roster.solver.justifications.UnfilledRequiredSeatJustification;
import org.campfair.roster.solver.justifications.Wording;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

/**
 * Turns Timefold's score analysis into sentences an organizer can act on. Each match's
 * justification states its own sentence in the words this writer lends it ({@link Wording});
 * unfilled seats are told per shift together with why they could not be filled (who has the
 * skill and is at camp then), since that is what an organizer must change: the shift or the
 * people.
 */
public final class ExplanationWriter implements Wording {

    private final Roster roster;
    private final Locale locale;
    private final DateFormats dates;

    /** Sentences in English, as the solver's own tools and logs read them. */
    public ExplanationWriter(Roster roster) {
        this(roster, Translations.ENGLISH);
    }

    /** Sentences and dates in the language of {@code locale} (English for languages Campfair does not speak). */
    public ExplanationWriter(Roster roster, Locale locale) {
        this.roster = roster;
        this.locale = Translations.language(locale.toLanguageTag());
        this.dates = DateFormats.of(this.locale);
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

    /**
     * A match's sentence, as its justification states it; a constraint without a justification
     * of ours (none today) is named instead.
     */
    private Explanation reason(String constraint, MatchAnalysis<HardMediumSoftLongScore> match) {
        String level = level(match.score());
        long cost = cost(match.score());
        if (match.justification() instanceof RuleJustification justification) {
            var statement = justification.statement(this);
            String sentence = justification instanceof FairWorkloadJustification
                    ? withConfirmedHours(statement.sentence()) : statement.sentence();
            return of(level, constraint, cost, sentence, statement.nicknames(), statement.task(),
                    statement.day());
        }
        return of(level, constraint, cost, constraint, List.of(), null, null);
    }

    /**
     * During the camp fairness counts the hours confirmed at check-in: says how many were
     * confirmed against the plan, and the range of work per day as planned, side by side.
     */
    private String withConfirmedHours(String sentence) {
        var confirmed = roster.getSeats().stream().filter(seat -> seat.getConfirmedMinutes() != null).toList();
        if (confirmed.isEmpty()) {
            return sentence;
        }
        long confirmedMinutes = confirmed.stream().mapToLong(Seat::workedMinutes).sum();
        long plannedMinutes = confirmed.stream().mapToLong(seat -> seat.getShift().durationMinutes()).sum();
        Map<Volunteer, Long> planned = new HashMap<>();
        roster.getSeats().stream().filter(seat -> seat.getVolunteer() != null)
                .forEach(seat -> planned.merge(seat.getVolunteer(), seat.getShift().durationMinutes(), Long::sum));
        var perDay = roster.getVolunteers().stream()
                .mapToLong(v -> Math.round(planned.getOrDefault(v, 0L) / (double) v.availableDays()))
                .summaryStatistics();
        return Translations.text(locale, "roster.explain.workConfirmed", sentence, hours(confirmedMinutes),
                hours(plannedMinutes), hours(perDay.getMin()), hours(perDay.getMax()));
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
        String skills = skills(shift.getRequiredSkills());
        if (skilled == 0) {
            boolean anyone = roster.getVolunteers().stream().anyMatch(v -> v.hasSkills(shift.getRequiredSkills()));
            return anyone ? Translations.text(locale, "roster.explain.why.skilledAway", skills)
                    : Translations.text(locale, "roster.explain.why.skillMissing", skills);
        }
        return Translations.text(locale, "roster.explain.why.skilledBusy", skilled, skills);
    }

    @Override
    public int beds() {
        return roster.getBeds().size();
    }

    @Override
    public int volunteers() {
        return roster.getVolunteers().size();
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

    @Override
    public String text(String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }

    @Override
    public String when(LocalDateTime time) {
        return dates.dayTime(time);
    }

    @Override
    public String day(LocalDate day) {
        return dates.day(day);
    }

    @Override
    public String hours(long minutes) {
        return minutes % 60 == 0 ? Translations.text(locale, "roster.explain.hours", minutes / 60)
                : Translations.text(locale, "roster.explain.hoursMinutes",
                        minutes / 60, "%02d".formatted(minutes % 60));
    }

    @Override
    public String need(RoomNeed need) {
        return switch (need) {
            case PRIVATE_ROOM -> Translations.text(locale, "roster.explain.need.privateRoom");
            case STEP_FREE -> Translations.text(locale, "roster.explain.need.stepFree");
            case ROOM_RULE -> Translations.text(locale, "roster.explain.need.roomRule");
        };
    }

    @Override
    public String skills(Collection<String> skills) {
        return skills.stream().sorted().map(skill -> Translations.text(locale, "roster.explain.skill", skill))
                .reduce((first, next) -> Translations.text(locale, "roster.explain.and", first, next)).orElse("");
    }

    @Override
    public String list(Collection<String> names) {
        return names.stream().reduce((first, next) -> Translations.text(locale, "roster.explain.list",
                first, next)).orElse("");
    }
}
