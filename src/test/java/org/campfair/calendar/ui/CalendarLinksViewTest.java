package org.campfair.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedTokenService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class CalendarLinksViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    FeedTokenService tokens;

    @Test
    @WithUserDetails("organizer")
    void reissuingALinkRevokesTheOldOne() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var view = navigate("camps/" + campId + "/calendars", CalendarLinksView.class);
        var grid = test(view.links);
        assertThat(grid.size()).isEqualTo(40);
        String oldLink = grid.getCellText(0, 1);
        assertThat(oldLink).matches("/feeds/[A-Za-z0-9_-]{43}\\.ics");
        var first = participants.listByCamp(campId).getFirst();

        view.reissue(first);

        String newLink = grid.getCellText(0, 1);
        assertThat(newLink).isNotEqualTo(oldLink).matches("/feeds/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(tokens.participantOf(token(oldLink))).isEmpty();
        assertThat(tokens.participantOf(token(newLink))).contains(first.id());
    }

    private static String token(String link) {
        return link.substring("/feeds/".length(), link.length() - ".ics".length());
    }
}
