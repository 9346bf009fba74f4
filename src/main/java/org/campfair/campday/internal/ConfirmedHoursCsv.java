package org.campfair.campday.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.campfair.campday.ConfirmedHours;
import org.campfair.campday.ConfirmedSeat;
import org.campfair.campday.ParticipantHours;
import org.campfair.shared.csv.FormulaGuard;

/**
 * The confirmed hours as CSV text: one row per participant and published seat, so a
 * job-support programme's record has each day's date, times, task and state, and a
 * spreadsheet sums the hours per person. A seat not marked yet says NOT_MARKED. Names typed by
 * people (nickname, legal name, task, site, village) go through {@link FormulaGuard}, because
 * this file is made to be opened in a spreadsheet.
 */
public final class ConfirmedHoursCsv {

    public static final String FILE_NAME = "confirmed-hours.csv";

    static final String[] HEADER = {"participant_id", "nickname", "legal_name", "date", "start", "end", "task",
        "site", "village", "state", "planned_minutes", "confirmed_minutes", "confirmed_hours"};

    private ConfirmedHoursCsv() {
    }

    public static String write(ConfirmedHours hours) {
        var text = new StringWriter();
        try (var csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ParticipantHours person : hours.participants()) {
                for (ConfirmedSeat seat : person.seats()) {
                    csv.printRecord(person.participantId(), text(person.nickname()), text(person.legalName()),
                            seat.day(), seat.start(), seat.end(), text(seat.task()), text(seat.site()),
                            text(seat.village()),
                            seat.state() == null ? "NOT_MARKED" : seat.state().name(), seat.plannedMinutes(),
                            seat.confirmedMinutes(), hours(seat.confirmedMinutes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String text(String typedByPeople) {
        return FormulaGuard.guard(typedByPeople);
    }

    /** Decimal hours with two places, as spreadsheets and timesheets add them up. */
    static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
