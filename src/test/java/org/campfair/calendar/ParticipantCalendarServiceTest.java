package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.i18n.Translations;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A participant's published roster exported as .ics and read back event by event. */
@CampfairIntegrationTest
class ParticipantCalendarServiceTest {

    @Autowired
    ParticipantCalendarService calendars;
    @Autowired
    PublishedRosterService published;
    @Autowired
    RosterService rosters;
    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;

    @Test
    void theExportParsesBackToOneEventPerShiftPlusTheStay() throws Exception {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        rosters.publish(campId);
        var participant = participants.listByCamp(campId).stream()
                .filter(p -> !published.shiftsOf(p.id()).isEmpty()).findFirst().orElseThrow();
        var shifts = published.shiftsOf(participant.id());

        var calendar = new CalendarBuilder().build(new StringReader(calendars.icsFor(participant.id())));

        var events = calendar.<VEvent>getComponents(Component.VEVENT);
        assertThat(events).hasSize(shifts.size() + 1);
        var tokyo = ZoneId.of("Asia/Tokyo");
        for (var shift : shifts) {
            String uid = "shift-" + shift.shiftId() + "-p" + participant.id() + "@campfair";
            var event = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).findFirst()
                    .orElseThrow(() -> new AssertionError("no event " + uid));
            assertThat(event.getSummary().getValue()).isEqualTo(shift.task());
            var start = event.getDateTimeStart();
            assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Asia/Tokyo");
            assertThat(java.time.ZonedDateTime.from(start.getDate()).withZoneSameInstant(tokyo).toLocalDateTime())
                    .isEqualTo(shift.day().atTime(shift.start()));
        }
        // "Stay: ", "宿泊：" or "숙박: ", as the participant reads.
        String stay = Translations.text(Translations.language(participant.language()), "calendar.event.stay", "@", "@");
        assertThat(events).anyMatch(e -> e.getSummary().getValue().startsWith(stay.substring(0, stay.indexOf('@'))));
        assertThat(calendars.icsFor(participant.id())).doesNotContain(participant.legalName())
                .doesNotContain(participant.email());
    }
}
