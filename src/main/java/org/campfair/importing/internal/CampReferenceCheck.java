package org.campfair.importing.internal;

import static org.campfair.importing.internal.CampCsvReader.PARTICIPANTS;
import static org.campfair.importing.internal.CampCsvReader.SHIFTS;
import static org.campfair.importing.internal.CampCsvReader.SITES;
import static org.campfair.importing.internal.CampCsvReader.TASKS;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campfair.importing.ImportProblem;
import org.campfair.task.Task;

/**
 * Checks that rows refer to things that exist and lie inside the camp's dates, and names the
 * closest known value when a reference is unknown ("did you mean food_hygiene?").
 *
 * <p>Skills have no list of their own in the files, so what counts as a typo is a rule: a skill
 * is known when a task requires it or it is one of {@link Task#KNOWN_SKILLS}. A participant's
 * other skill is refused only when it lies within {@link ClosestName#SKILL_TYPO_DISTANCE} edits
 * of a known skill (a misspelt {@code food_hygeine} would silently cost its holder the
 * qualification); a skill further from every known one, such as {@code chainsaw}, is a new skill
 * and accepted. Likewise a task may require a skill nobody holds yet (the organizer may add the
 * people later), unless it lies that close to a skill people do hold: then the task's spelling is
 * the likely slip and the problem is reported on the task, not on every person.
 */
final class CampReferenceCheck {

    /**
     * Suggestions looked up per import at most: a hostile file of thousands of unknown names
     * against thousands of tasks still gets every problem, only the first ones a suggestion.
     */
    static final int MAX_SUGGESTIONS = 500;

    /**
     * Different skill names a camp may use; real camps use a dozen. It bounds the typo search to
     * 200 x 200 short comparisons whatever a file holds.
     */
    static final int MAX_SKILLS = 200;

    private final CampDraft draft;
    private final List<ImportProblem> problems;
    private int suggestionsLeft = MAX_SUGGESTIONS;

    CampReferenceCheck(CampDraft draft, List<ImportProblem> problems) {
        this.draft = draft;
        this.problems = problems;
    }

    void run() {
        var camp = draft.camp();
        var sites = new LinkedHashSet<String>();
        for (int i = 0; i < draft.sites().size(); i++) {
            var site = draft.sites().get(i);
            if (!site.village().equals(camp.village())) {
                add(SITES, i, "village", "importing.problem.village", site.village(), camp.village());
            }
            sites.add(site.name());
        }
        var tasks = new LinkedHashSet<String>();
        draft.tasks().forEach(task -> tasks.add(task.name()));
        for (int i = 0; i < draft.tasks().size(); i++) {
            reference(TASKS, i, "site", draft.tasks().get(i).site(), sites, "importing.problem.noSite", SITES);
        }
        for (int i = 0; i < draft.shifts().size(); i++) {
            var shift = draft.shifts().get(i);
            reference(SHIFTS, i, "task", shift.task(), tasks, "importing.problem.noTask", TASKS);
            if (shift.day().isBefore(camp.startsOn()) || shift.day().isAfter(camp.endsOn())) {
                add(SHIFTS, i, "date", "importing.problem.shiftOutsideCamp", String.valueOf(shift.day()),
                        String.valueOf(camp.startsOn()), String.valueOf(camp.endsOn()));
            }
        }
        var nicknames = new LinkedHashSet<String>();
        draft.participants().forEach(p -> nicknames.add(p.nickname()));
        for (int i = 0; i < draft.participants().size(); i++) {
            var p = draft.participants().get(i);
            if (p.arrivesOn().isBefore(camp.startsOn()) || p.departsOn().isAfter(camp.endsOn())) {
                add(PARTICIPANTS, i, "arrives_on", "importing.problem.stayOutsideCamp",
                        String.valueOf(p.arrivesOn()), String.valueOf(p.departsOn()),
                        String.valueOf(camp.startsOn()), String.valueOf(camp.endsOn()));
            }
            for (String task : p.likedTasks()) {
                reference(PARTICIPANTS, i, "liked_tasks", task, tasks, "importing.problem.noTask", TASKS);
            }
            for (String task : p.dislikedTasks()) {
                reference(PARTICIPANTS, i, "disliked_tasks", task, tasks, "importing.problem.noTask", TASKS);
            }
            for (String other : p.buddies()) {
                reference(PARTICIPANTS, i, "buddies", other, nicknames, "importing.problem.noParticipant", PARTICIPANTS);
            }
            for (String other : p.avoid()) {
                reference(PARTICIPANTS, i, "avoid", other, nicknames, "importing.problem.noParticipant", PARTICIPANTS);
            }
            if (p.buddies().contains(p.nickname()) || p.avoid().contains(p.nickname())) {
                add(PARTICIPANTS, i, "buddies", "importing.problem.namesSelf");
            }
        }
        checkSkills();
    }

    private void checkSkills() {
        if (!withinSkillLimit()) {
            return;
        }
        var held = new LinkedHashSet<String>(Task.KNOWN_SKILLS);
        draft.participants().forEach(p -> held.addAll(p.skills()));
        var required = new LinkedHashSet<String>();
        draft.tasks().forEach(task -> required.addAll(task.requiredSkills()));

        var everySkill = new LinkedHashSet<String>(held);
        everySkill.addAll(required);
        // Thousands of rows share a handful of skill names: search each name once.
        Map<String, Optional<String>> nearestOther = new HashMap<>();
        Set<String> misspeltRequirements = new HashSet<>();
        for (int i = 0; i < draft.tasks().size(); i++) {
            for (String skill : draft.tasks().get(i).requiredSkills()) {
                if (held.contains(skill)) {
                    continue;
                }
                int index = i;
                nearestOther.computeIfAbsent(skill, s -> ClosestName.within(s,
                        everySkill.stream().filter(other -> !other.equals(s)).toList(),
                        ClosestName.SKILL_TYPO_DISTANCE)).ifPresent(near -> {
                            misspeltRequirements.add(skill);
                            add(TASKS, index, "required_skills", "importing.problem.skillNobodyHas", skill, near);
                        });
            }
        }

        var known = new LinkedHashSet<String>(Task.KNOWN_SKILLS);
        required.stream().filter(r -> !misspeltRequirements.contains(r)).forEach(known::add);
        Map<String, Optional<String>> nearest = new HashMap<>();
        for (int i = 0; i < draft.participants().size(); i++) {
            for (String skill : draft.participants().get(i).skills()) {
                if (known.contains(skill)) {
                    continue;
                }
                int index = i;
                nearest.computeIfAbsent(skill, s -> ClosestName.within(s, known, ClosestName.SKILL_TYPO_DISTANCE))
                        .ifPresent(near ->
                        add(PARTICIPANTS, index, "skills", "importing.problem.unknownSkill", skill, near));
            }
        }
    }

    /** Reports the row that brings in one skill name too many; the typo search is skipped then. */
    private boolean withinSkillLimit() {
        var names = new HashSet<String>();
        for (int i = 0; i < draft.tasks().size(); i++) {
            names.addAll(draft.tasks().get(i).requiredSkills());
            if (names.size() > MAX_SKILLS) {
                add(TASKS, i, "required_skills", "importing.problem.tooManySkills", String.valueOf(MAX_SKILLS));
                return false;
            }
        }
        for (int i = 0; i < draft.participants().size(); i++) {
            names.addAll(draft.participants().get(i).skills());
            if (names.size() > MAX_SKILLS) {
                add(PARTICIPANTS, i, "skills", "importing.problem.tooManySkills", String.valueOf(MAX_SKILLS));
                return false;
            }
        }
        return true;
    }

    /**
     * One problem for an unknown name, with the closest known name when there is one close
     * enough ({@code key + "Near"}); {@code file} is where the names should be.
     */
    private void reference(String file, int index, String column, String name, Set<String> known, String key,
            String where) {
        if (known.contains(name)) {
            return;
        }
        var near = suggestionsLeft-- > 0
                ? ClosestName.within(name, known, ClosestName.suggestionDistance(name))
                : Optional.<String>empty();
        if (near.isPresent()) {
            add(file, index, column, key + "Near", name, where, near.get());
        } else {
            add(file, index, column, key, name, where);
        }
    }

    /** Data rows are numbered from 2, after the header. */
    private void add(String file, int index, String column, String key, String... args) {
        problems.add(new ImportProblem(file, index + 2, column, key, args));
    }
}
