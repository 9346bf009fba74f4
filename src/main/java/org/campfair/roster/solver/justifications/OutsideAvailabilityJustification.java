package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;

/** {@code nickname} is on {@code taskName} from {@code start} to {@code end} but cannot be. */
public record OutsideAvailabilityJustification(String nickname, String taskName,
        LocalDateTime start, LocalDateTime end, Reason reason) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        String key = reason == Reason.NOT_AT_CAMP ? "roster.explain.notAtCamp" : "roster.explain.unavailable";
        return new Statement(wording.text(key, nickname, taskName, wording.when(start)), List.of(nickname), taskName,
                start.toLocalDate());
    }

    /** Which of the two availability rules the shift breaks. */
    public enum Reason {
        /** The shift falls before arrival or after departure. */
        NOT_AT_CAMP,
        /** The volunteer is at camp but has marked that time as unavailable. */
        MARKED_UNAVAILABLE
    }
}
