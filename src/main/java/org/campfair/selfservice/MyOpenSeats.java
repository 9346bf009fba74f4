package org.campfair.selfservice;

import java.util.List;
import org.campfair.roster.OpenSeats;
import org.jspecify.annotations.Nullable;

/**
 * What the open-seats page shows a participant: the seats they may take, or why none are
 * offered, and the seats they took themselves so far.
 *
 * @param closedReason the message key of why nothing is offered (switched off, frozen, not
 *     published yet, the organizers are changing their shifts); null when seats are offered
 */
public record MyOpenSeats(OpenSeats seats, @Nullable String closedReason, double maxExtraHoursPerDay,
        List<SelfServiceChange> taken) {

    public MyOpenSeats {
        taken = List.copyOf(taken);
    }
}
