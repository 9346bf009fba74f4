package org.campfair.participant;

import java.time.LocalDate;
import java.util.List;

/** What a participant may choose from: the camp's dates, its tasks, the other participants' nicknames. */
public record PreferenceChoices(LocalDate campStartsOn, LocalDate campEndsOn, List<String> tasks,
        List<String> otherNicknames) {
}
