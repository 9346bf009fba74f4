package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedTokenService;
import org.campfair.campday.RunningShift;
import org.campfair.importing.CampImportService;
import org.campfair.participant.internal.ParticipantErasure;
import org.campfair.shared.RefusedChangeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own account on a freshly imported camp with a published, running shift: the
 * download of everything held about them, where they are signed in, and deleting the account,
 * with the participant's personal data erased only once their camp is over.
 */
@CampfairIntegrationTest
class OwnAccountTest {

    private static final String PASSWORD = "a-long-password";

    @LocalServerPort
    int port;
    @Autowired
    OwnAccount own;
    @Autowired
    AccountService accounts;
    @Autowired
    CampAccess access;
    @Autowired
    CampImportService importer;
    @Autowired
    FeedTokenService feeds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ParticipantErasure erasure;

    private RunningShift camp;
    private String hana;

    @BeforeEach
    void aParticipantWithAnAccount() {
        camp = RunningShift.publish(importer, jdbc);
        jdbc.sql("update participant set legal_name = 'Hana Yamada', email = 'hana@example.org' where id = ?")
                .param(camp.hana()).update();
        jdbc.sql("""
                insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes, marked_at, version)
                values (?, 0, ?, 'CAME_LATE', 100, now(), 1)""").params(camp.shiftId(), camp.hana()).update();
        hana = "hana-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(hana, PASSWORD, Role.PARTICIPANT, camp.hana(), null);
    }

    @Test
    void aParticipantDownloadsEverythingHeldAboutThemAndNothingSecret() throws Exception {
        String feedToken = SignIn.asTheApp(() -> feeds.tokenFor(camp.hana()));
        JsonNode data = json.readTree(SignedIn.as(hana, Role.PARTICIPANT, () -> own.export()));

        assertThat(data.at("/account/username").asString()).isEqualTo(hana);
        assertThat(data.at("/account/role").asString()).isEqualTo("PARTICIPANT");
        assertThat(data.at("/participant/profile/legalName").asString()).isEqualTo("Hana Yamada");
        assertThat(data.at("/participant/profile/email").asString()).isEqualTo("hana@example.org");
        assertThat(data.at("/participant/camp/name").asString()).isNotEmpty();
        assertThat(data.at("/schedule/shifts").size()).isPositive();
        assertThat(data.at("/checkIns/0/state").asString()).isEqualTo("CAME_LATE");
        assertThat(data.at("/checkIns/0/confirmedMinutes").asInt()).isEqualTo(100);
        assertThat(data.at("/calendar/feedLinks").size()).isEqualTo(1);
        assertThat(new String(SignedIn.as(hana, Role.PARTICIPANT, () -> own.export())))
                .as("the feed secret stays out of a file that may be passed around").doesNotContain(feedToken);

        // The same over the API, for any signed-in account, as a download.
        var http = new Http(port);
        HttpResponse<String> answer = http.get("/api/me/data", hana + ":" + PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(json.readTree(answer.body()).at("/participant/profile/nickname").asString()).isEqualTo("Hana");
        assertThat(http.get("/api/me/data", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordDeletesNothing() {
        assertThatThrownBy(() -> SignedIn.as(hana, Role.PARTICIPANT, () -> {
            own.delete("not my password", null);
            return null;
        })).isInstanceOfSatisfying(InvitationException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("account.password.wrongCurrent"));
        assertThat(accounts.exists(hana)).isTrue();
    }

    @Test
    void aDeletedParticipantKeepsTheirPlaceUntilTheCampIsOverThenOnlyAnonymousRowsRemain() {
        SignIn.asTheApp(() -> feeds.tokenFor(camp.hana()));
        jdbc.sql("insert into participant_unavailability (participant_id, starts_at, ends_at) select ?, "
                + "c.ends_on::timestamp, c.ends_on::timestamp + interval '1 day' from camp c where c.id = ?")
                .params(camp.hana(), camp.campId()).update();

        SignedIn.as(hana, Role.PARTICIPANT, () -> {
            own.delete(PASSWORD, null);
            return null;
        });

        assertThat(accounts.exists(hana)).isFalse();
        assertThat(liveFeeds(camp.hana())).as("the feed stops at once").isZero();
        var during = participantRow(camp.hana());
        assertThat(during).containsEntry("legal_name", "Hana Yamada").containsEntry("nickname", "Hana");
        assertThat(during.get("account_deleted_at")).isNotNull();
        assertThat(during.get("erased_at")).as("the camp is running: organizers still plan with her").isNull();

        jdbc.sql("update camp set starts_on = starts_on - 30, ends_on = starts_on - 20 where id = ?")
                .param(camp.campId()).update();
        assertThat(SignIn.asTheApp(erasure::eraseDue)).isEqualTo(1);

        var after = participantRow(camp.hana());
        assertThat(after).containsEntry("legal_name", "").containsEntry("email", "")
                .containsEntry("nickname", "former-" + camp.hana()).containsEntry("needs_private_room", false);
        assertThat(after.get("erased_at")).isNotNull();
        assertThat(count("participant_unavailability", camp.hana())).isZero();
        assertThat(count("seat_check_in", camp.hana())).as("hours still add up").isEqualTo(1);
        assertThat(count("published_seat", camp.hana())).as("counts still add up").isEqualTo(1);
        assertThat(participantRow(camp.mikan())).as("nobody else is touched").containsEntry("nickname", "Mikan");
        assertThat(SignIn.asTheApp(erasure::eraseDue)).as("erased once").isZero();
    }

    @Test
    void theLastOrganizerOfACampAndTheLastStaffCannotLeave() {
        String solo = organizer();
        access.grant(camp.campId(), solo);
        String staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffOrganizer(staff, PASSWORD);
        // Only these two organize anything for the length of the test.
        List<String> others = jdbc.sql("update app_user set enabled = false where all_camps and enabled and username <> ? "
                + "returning username").param(staff).query(String.class).list();
        try {
            // With staff around, every camp keeps an organizer.
            String coOrganizer = organizer();
            access.grant(camp.campId(), coOrganizer);
            deleteAs(coOrganizer, Role.ORGANIZER);
            assertThat(accounts.exists(coOrganizer)).isFalse();

            assertThatThrownBy(() -> deleteAs(staff, Role.ORGANIZER)).isInstanceOfSatisfying(
                    RefusedChangeException.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("account.delete.lastStaff"));
            jdbc.sql("update app_user set enabled = false where username = ?").param(staff).update();
            assertThatThrownBy(() -> deleteAs(solo, Role.ORGANIZER)).isInstanceOfSatisfying(
                    RefusedChangeException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("account.delete.lastOrganizer");
                        assertThat(refused.arguments()).hasSize(1);
                    });
            assertThat(accounts.exists(solo)).isTrue();
        } finally {
            jdbc.sql("update app_user set enabled = true where username = any(?)")
                    .param(others.toArray(String[]::new)).update();
            jdbc.sql("delete from app_user where username = ?").param(staff).update();
        }
    }

    @Test
    void aPersonSeesWhereTheyAreSignedInAndSignsOtherBrowsersOut() throws Exception {
        var http = new Http(port);
        String phone = signInWithForm(http, "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36");
        String laptop = signInWithForm(http, "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
        assertThat(pageStatus(http, phone)).isEqualTo(200);
        assertThat(pageStatus(http, laptop)).isEqualTo(200);

        var sessions = SignedIn.as(hana, Role.PARTICIPANT, () -> own.sessions(null));
        assertThat(sessions).extracting(SignedInSessions.Session::device)
                .containsExactlyInAnyOrder("Chrome / Android", "Firefox / Linux");
        assertThat(SignedIn.as(organizer(), Role.ORGANIZER, () -> own.sessions(null))).as("only one's own").isEmpty();

        var phoneSession = sessions.stream().filter(s -> s.device().contains("Android")).findFirst().orElseThrow();
        assertThat(SignedIn.as(organizer(), Role.ORGANIZER, () -> own.signOut(phoneSession.id())))
                .as("nobody signs out someone else's session").isFalse();
        assertThat(pageStatus(http, phone)).isEqualTo(200);

        assertThat(SignedIn.as(hana, Role.PARTICIPANT, () -> own.signOut(phoneSession.id()))).isTrue();
        assertThat(pageStatus(http, phone)).as("signed out at once").isEqualTo(302);
        assertThat(pageStatus(http, laptop)).isEqualTo(200);

        SignedIn.as(hana, Role.PARTICIPANT, () -> {
            own.delete(PASSWORD, null);
            return null;
        });
        assertThat(pageStatus(http, laptop)).as("a deleted account is signed out everywhere").isEqualTo(302);
    }

    private String signInWithForm(Http http, String userAgent) throws Exception {
        var page = http.send(http.request("/login", null).header("User-Agent", userAgent).GET().build());
        String cookie = sessionCookie(page).orElseThrow();
        var signedIn = http.send(http.request("/login", null).header("Cookie", cookie).header("User-Agent", userAgent)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + hana + "&password=" + PASSWORD)).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return sessionCookie(signedIn).orElse(cookie);
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst();
    }

    /** 200 while the session is signed in; a redirect to the login page once it is not. */
    private static int pageStatus(Http http, String cookie) throws Exception {
        return http.send(http.request("/me/account", null).header("Cookie", cookie).GET().build()).statusCode();
    }

    private void deleteAs(String username, Role role) {
        SignedIn.as(username, role, () -> {
            own.delete(PASSWORD, null);
            return null;
        });
    }

    private String organizer() {
        String username = "org-" + UUID.randomUUID().toString().substring(0, 8);
        if (!accounts.exists(username)) {
            accounts.create(username, PASSWORD, Role.ORGANIZER, null, null);
        }
        return username;
    }

    private Map<String, Object> participantRow(long id) {
        return jdbc.sql("select * from participant where id = ?").param(id).query().singleRow();
    }

    private int count(String table, long participantId) {
        return jdbc.sql("select count(*) from " + table + " where participant_id = ?").param(participantId)
                .query(Integer.class).single();
    }

    private int liveFeeds(long participantId) {
        return jdbc.sql("select count(*) from feed_token where kind = 'PARTICIPANT' and subject_id = ? and revoked_at is null")
                .param(participantId).query(Integer.class).single();
    }
}
