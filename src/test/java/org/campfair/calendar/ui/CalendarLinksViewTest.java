package org.campfair.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.List;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.FeedSubject;
import org.campfair.calendar.FeedTokenService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.i18n.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
@WithUserDetails("organizer")
class CalendarLinksViewTest extends SpringBrowserlessTest {

    private static final String LINK = "/feeds/[A-Za-z0-9_-]{43}\\.ics";

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    FeedTokenService tokens;

    private long campId;
    private CalendarLinksView view;

    @BeforeEach
    void openTheCalendarLinksOfAFreshCamp() {
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        view = navigate("camps/" + campId + "/calendars", CalendarLinksView.class);
    }

    @Test
    void thePageIsBuiltInTheLanguageOfTheUiItOpensIn() {
        // The language switch reloads the page, so a page built in the UI's language is enough.
        for (Locale language : List.of(Locale.JAPANESE, Locale.KOREAN)) {
            UI.getCurrent().setLocale(language);
            var page = navigate("camps/" + campId + "/calendars", CalendarLinksView.class);

            assertThat(page.title.getText()).startsWith(Translations.text(language, "calendar.links.titleOf", ""));
            assertThat(test(page.campFeeds).getCellText(1, 0))
                    .startsWith(Translations.text(language, "calendar.links.village", ""));
            assertThat(page.getPageTitle()).isEqualTo(Translations.text(language, "calendar.links.pageTitle"))
                    .isNotEqualTo(Translations.text(Locale.ENGLISH, "calendar.links.pageTitle"));
        }
    }

    @Test
    void everyParticipantHasALinkAndReissuingOneRevokesTheOldOne() {
        var grid = test(view.participantFeeds);
        assertThat(grid.size()).isEqualTo(40);
        var first = participants.listByCamp(campId).getFirst();
        assertThat(grid.getCellText(0, 0)).isEqualTo(first.nickname());
        String oldLink = view.participantFeeds.linkOf(FeedSubject.participant(campId, first.id())).path();
        assertThat(oldLink).matches(LINK);

        test(actions(view.participantFeeds, 0).reissue).click();

        roundTrip();
        assertThat(view.participantFeeds.confirmation.isOpened()).as("asked before the old link stops").isTrue();
        assertThat(tokens.participantOf(token(oldLink))).as("nothing changes before the answer").contains(first.id());
        test(view.participantFeeds.confirmation).confirm();

        String newLink = view.participantFeeds.linkOf(FeedSubject.participant(campId, first.id())).path();
        assertThat(newLink).isNotEqualTo(oldLink).matches(LINK);
        assertThat(tokens.participantOf(token(oldLink))).isEmpty();
        assertThat(tokens.participantOf(token(newLink))).contains(first.id());
    }

    @Test
    void theWholeCampEachHostVillageAndEachHouseHaveTheirOwnLinks() {
        var grid = test(view.campFeeds);
        var kinds = view.campFeeds.getGenericDataView().getItems().map(FeedSubject::kind).toList();

        assertThat(kinds.getFirst()).isEqualTo(FeedKind.CAMP);
        assertThat(kinds).contains(FeedKind.VILLAGE, FeedKind.HOUSE).doesNotContain(FeedKind.PARTICIPANT);
        assertThat(grid.getCellText(0, 0)).endsWith(": whole camp (organizers)");
        assertThat(grid.getCellText(1, 0)).startsWith("Host village: ");
        assertThat(grid.getCellText(kinds.size() - 1, 0)).startsWith("House: ");
        view.campFeeds.getGenericDataView().getItems()
                .forEach(feed -> assertThat(tokens.subjectOf(token(view.campFeeds.linkOf(feed).path()))).contains(feed));
    }

    @Test
    void revokingAHouseLinkStopsItAtOnceAndReissuingGivesANewOne() {
        int last = test(view.campFeeds).size() - 1;
        FeedSubject house = view.campFeeds.getGenericDataView().getItem(last);
        String oldLink = view.campFeeds.linkOf(house).path();

        test(actions(view.campFeeds, last).revoke).click();

        roundTrip();
        test(view.campFeeds.confirmation).cancel();
        assertThat(view.campFeeds.linkOf(house).path()).as("kept when the organizer cancels").isEqualTo(oldLink);
        assertThat(tokens.subjectOf(token(oldLink))).contains(house);

        test(actions(view.campFeeds, last).revoke).click();

        roundTrip();
        assertThat(view.campFeeds.confirmation.isOpened()).isTrue();
        test(view.campFeeds.confirmation).confirm();

        assertThat(view.campFeeds.linkOf(house).path()).isNull();
        assertThat(test(view.campFeeds).getCellText(last, 1)).isEqualTo("Revoked: re-issue to get a new link");
        assertThat(tokens.subjectOf(token(oldLink))).isEmpty();
        assertThat(actions(view.campFeeds, last).copy.isEnabled()).isFalse();

        test(actions(view.campFeeds, last).reissue).click();

        roundTrip();
        test(view.campFeeds.confirmation).confirm();

        String newLink = view.campFeeds.linkOf(house).path();
        assertThat(newLink).matches(LINK);
        assertThat(tokens.subjectOf(token(newLink))).contains(house);
    }

    @Test
    void copyPutsTheAbsoluteLinkOnTheClipboard() {
        String link = view.campFeeds.linkOf(view.campFeeds.getGenericDataView().getItem(0)).path();

        test(actions(view.campFeeds, 0).copy).click();

        var scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(scripts).anySatisfy(script -> {
            assertThat(script.getInvocation().getExpression()).contains("navigator.clipboard.writeText");
            assertThat(script.getInvocation().getParameters()).contains(link);
        });
    }

    @Test
    void anUnknownCampIsNotFound() {
        UI.getCurrent().navigate("camps/999999/calendars");

        // The app's own not-found page (shared/ui), inside its frame.
        assertThat(getCurrentView()).isInstanceOf(HasErrorParameter.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundPage");
    }

    private Actions actions(FeedLinkGrid grid, int row) {
        var buttons = ((HorizontalLayout) test(grid).getCellComponent(row, 2)).getChildren()
                .map(Button.class::cast).toList();
        return new Actions(buttons.get(0), buttons.get(1), buttons.get(2));
    }

    private record Actions(Button copy, Button reissue, Button revoke) {
    }

    private static String token(String link) {
        return link.substring("/feeds/".length(), link.length() - ".ics".length());
    }
}
