package org.campfair.campday;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A day's printed sheet for one site of a host village, for the notice board: each published
 * shift's times, task, what to bring, its leads and the others on it, by nickname.
 */
public record DaySheet(String camp, LocalDate day, String village, String site, String address,
        List<SheetShift> shifts) {

    public DaySheet {
        shifts = List.copyOf(shifts);
    }

    /** One shift on the sheet. */
    public record SheetShift(LocalTime start, LocalTime end, String task, String whatToBring, List<String> leads,
            List<String> others) {

        public SheetShift {
            leads = List.copyOf(leads);
            others = List.copyOf(others);
        }
    }
}
