package org.campfair.campday.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.campfair.campday.CheckInState;
import org.campfair.campday.ConfirmedHours;
import org.campfair.campday.ConfirmedSeat;
import org.campfair.campday.ParticipantHours;
import org.junit.jupiter.api.Test;

/** The confirmed-hours file opens in a spreadsheet: names typed by people never run as formulas. */
class ConfirmedHoursCsvTest {

    private static final LocalDate DAY = LocalDate.of(2027, 11, 3);

    @Test
    void textTypedByPeopleIsGuardedAndNumbersStayNumbers() throws IOException {
        var seat = new ConfirmedSeat(DAY, LocalTime.of(8, 30), LocalTime.of(12, 0), "=1+1", "+49 30 1234567",
                "@SUM(A1:A9)", CheckInState.CAME, 210, 210);
        var hours = new ConfirmedHours(7, "Yuzu camp", List.of(
                new ParticipantHours(11, "-cmd", "=HYPERLINK(\"http://evil.example\")", List.of(seat)),
                new ParticipantHours(12, "Kuma", "熊谷 大輔", List.of(new ConfirmedSeat(DAY, LocalTime.of(13, 0),
                        LocalTime.of(17, 0), "Jam making", "Packing shed", "Yuzuhara", null, 240, 0)))));

        List<CSVRecord> rows = read(ConfirmedHoursCsv.write(hours));

        assertThat(rows.get(0).toList()).containsExactly("11", "'-cmd", "'=HYPERLINK(\"http://evil.example\")",
                "2027-11-03", "08:30", "12:00", "'=1+1", "'+49 30 1234567", "'@SUM(A1:A9)", "CAME", "210", "210",
                "3.50");
        assertThat(rows.get(1).toList()).containsExactly("12", "Kuma", "熊谷 大輔", "2027-11-03", "13:00", "17:00",
                "Jam making", "Packing shed", "Yuzuhara", "NOT_MARKED", "240", "0", "0.00");
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
