package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.util.List;

/** {@code nickname} has no bed for their stay from {@code arrivesOn} to {@code departsOn}. */
public record VolunteerWithoutBedJustification(String nickname, LocalDate arrivesOn,
        LocalDate departsOn) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        return new Statement(wording.text("roster.explain.noBed", nickname, wording.day(arrivesOn),
                wording.day(departsOn), wording.beds(), wording.volunteers()), List.of(nickname), null, arrivesOn);
    }
}
