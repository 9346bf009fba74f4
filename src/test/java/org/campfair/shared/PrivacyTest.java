package org.campfair.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedSubject;
import org.campfair.calendar.FeedTokenService;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.importing.CampImportService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.InvitationService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Legal names and emails never reach a host or another participant, in pages, feeds, API
 * answers or log lines: every check reads the raw text that would leave the server, and the
 * whole log written meanwhile. Invitation tokens stay out of the log too.
 */
@CampfairIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTest extends SpringBrowserlessTest {

    static final String HOST = "privacy-host";
    static final String PARTICIPANT = "privacy-participant";
    static final String PASSWORD = "a-long-password";

    @LocalServerPort
    int port;
    @Autowired
    CampService camps;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    ParticipantService participants;
    @Autowired
    AccountService accounts;
    @Autowired
    FeedTokenService feeds;
    @Autowired
    InvitationService invitations;
    @Autowired
    CalendarUpdates calendars;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        if (!accounts.exists(HOST)) {
            accounts.create(HOST, PASSWORD, Role.HOST, null, null);
            accounts.create(PARTICIPANT, PASSWORD, Role.PARTICIPANT, null, null);
        }
    }

    /** A published camp with a host account for its first village and a participant account for its first person. */
    private long publishedCamp() {
        return SignIn.asTheApp(this::publishCamp);
    }

    private long publishCamp() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        rosters.publish(campId);
        // The calendars follow the publication (and log it) before the test looks at the log.
        calendars.awaitBackgroundWork(java.time.Duration.ofMinutes(2));
        long village = invitations.villagesOf(campId).getFirst().id();
        long participant = participants.listByCamp(campId).getFirst().id();
        jdbc.sql("update app_user set village_id = ? where username = ?").params(village, HOST).update();
        jdbc.sql("update app_user set participant_id = ? where username = ?").params(participant, PARTICIPANT).update();
        return campId;
    }

    private static void assertNoPersonalDataOf(List<Participant> people, String shown, String what) {
        assertThat(shown).as(what).isNotBlank();
        for (var p : people) {
            if (!p.legalName().isBlank()) {
                assertThat(shown).as(what + " shows a legal name").doesNotContain(p.legalName());
            }
            if (!p.email().isBlank()) {
                assertThat(shown).as(what + " shows an email").doesNotContain(p.email());
            }
        }
    }

    private String everythingIn(Component view) {
        var shown = new StringBuilder(view.getElement().getOuterHTML());
        view.getElement().getChildren().forEach(e -> shown.append(e.getOuterHTML()));
        collectGrids(view, shown);
        return shown.toString();
    }

    /** The host's page shows one hosted camp at a time: pick the one this test published. */
    @SuppressWarnings("unchecked")
    private void showCamp(Component page, long campId) {
        var camp = descendants(page).filter(Select.class::isInstance).map(c -> (Select<Camp>) c).findFirst()
                .orElseThrow(() -> new AssertionError("the host's page has no camp choice"));
        camp.setValue(camps.get(campId));
        roundTrip();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component),
                component.getChildren().flatMap(PrivacyTest::descendants));
    }

    private void collectGrids(Component component, StringBuilder shown) {
        if (component instanceof MultiSelectComboBox<?> choices) {
            choices.getListDataView().getItems().forEach(item -> shown.append(item).append('\n'));
        }
        if (component instanceof Grid<?> grid) {
            var rows = test(grid);
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    shown.append(rows.getCellText(row, column)).append('\t');
                }
                shown.append('\n');
            }
        }
        component.getChildren().forEach(child -> collectGrids(child, shown));
    }

    @Test
    @WithUserDetails(value = HOST, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aHostsPageAndFeedShowNicknamesOnly(CapturedOutput log) throws Exception {
        long campId = publishedCamp();
        var people = SignIn.asTheApp(() -> participants.listByCamp(campId));

        navigate("village", Component.class);
        showCamp((Component) getCurrentView(), campId);
        String page = everythingIn((Component) getCurrentView());
        assertThat(people).anyMatch(p -> page.contains(p.nickname()));
        assertNoPersonalDataOf(people, page, "host's village page");

        long village = accounts.villageOf(HOST).orElseThrow();
        var feed = new Http(port).get("/feeds/" + feeds.tokenFor(FeedSubject.village(campId, village)) + ".ics", null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertNoPersonalDataOf(people, feed.body(), "village feed");
        assertNoPersonalDataOf(people, log.getAll(), "log");
    }

    @Test
    @WithUserDetails(value = PARTICIPANT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aParticipantSeesOthersByNicknameOnly(CapturedOutput log) throws Exception {
        long campId = publishedCamp();
        long me = accounts.participantOf(PARTICIPANT).orElseThrow();
        var everyone = SignIn.asTheApp(() -> participants.listByCamp(campId));
        List<Participant> others = new ArrayList<>(everyone);
        others.removeIf(p -> p.id() == me);

        navigate("me", Component.class);
        assertNoPersonalDataOf(others, everythingIn((Component) getCurrentView()), "participant's schedule page");
        navigate("me/preferences", Component.class);
        String preferencesPage = everythingIn((Component) getCurrentView());
        assertThat(others).anyMatch(p -> preferencesPage.contains(p.nickname()));
        assertNoPersonalDataOf(others, preferencesPage, "participant's preferences page");

        var http = new Http(port);
        String user = PARTICIPANT + ":" + PASSWORD;
        assertNoPersonalDataOf(everyone, http.get("/api/me", user).body(), "GET /api/me");
        String schedule = http.get("/api/me/schedule", user).body();
        assertThat(others).anyMatch(p -> schedule.contains(p.nickname()));
        assertNoPersonalDataOf(others, schedule, "GET /api/me/schedule");
        var feed = http.get("/feeds/" + feeds.tokenFor(me) + ".ics", null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertNoPersonalDataOf(others, feed.body(), "participant's own feed");
        assertNoPersonalDataOf(everyone, log.getAll(), "log");
    }

    @Test
    void invitationTokensAndFailedSignInsLeaveNoTraceInTheLog(CapturedOutput log) throws Exception {
        long campId = publishedCamp();
        var invitee = participants.listByCamp(campId).get(3);
        String token = invitations.inviteParticipant(campId, invitee.id());
        invitations.accept(token, "i" + UUID.randomUUID().toString().substring(0, 8), PASSWORD);
        var http = new Http(port);
        http.get("/api/me", invitee.email() + ":wrong-password");
        http.get("/join/" + token, null);
        http.put("/api/me/preferences", PARTICIPANT + ":" + PASSWORD, "{\"arrivesOn\":\"" + invitee.email() + "\"}");

        assertThat(log.getAll()).doesNotContain(token);
        assertNoPersonalDataOf(participants.listByCamp(campId), log.getAll(), "log");
    }
}
