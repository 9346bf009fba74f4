package org.campfair.calendar.mail;

import java.util.List;
import java.util.Map;

/** Where a camp's invites stand: how many per status, and every message that is not simply sent. */
public record MailReport(boolean mailEnabled, Map<OutgoingMail.Status, Integer> counts, List<OutgoingMail> unsent) {

    public MailReport {
        counts = Map.copyOf(counts);
        unsent = List.copyOf(unsent);
    }
}
