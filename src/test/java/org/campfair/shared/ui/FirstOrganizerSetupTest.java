package org.campfair.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.regex.Pattern;
import org.campfair.shared.db.EmbeddedDatabase;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.FirstOrganizerSetup;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.InvitationService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new installation as an association would run it: the production profile on an empty
 * PostgreSQL of its own, no demo accounts. The start writes a one-time set-up link to the log;
 * opening it creates the first organizer, who can then sign in, and the link dies with its use.
 * The first organizer starts a camp, invites a co-organizer who signs in and sees it, and
 * removes them again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "campfair.data-dir=target/test-data-production",
    // The production frontend bundle is built only by the production Maven profile.
    "vaadin.productionMode=false",
})
@ActiveProfiles("production")
@ExtendWith(OutputCaptureExtension.class)
class FirstOrganizerSetupTest extends SpringBrowserlessTest {

    private static final EmbeddedDatabase DATABASE = new EmbeddedDatabase(null);
    private static final Pattern LINK = Pattern.compile("/setup/([A-Za-z0-9_-]{43})\\b");

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        DATABASE.destroy();
    }

    @Autowired
    FirstOrganizerSetup setup;
    @Autowired
    AccountService accounts;
    @Autowired
    CampService camps;
    @Autowired
    InvitationService invitations;
    @LocalServerPort
    int port;

    @Test
    void fromAnEmptyDatabaseToASignedInOrganizer(CapturedOutput output) throws Exception {
        var printed = LINK.matcher(output.getAll());
        assertThat(printed.find()).as("a set-up link in the log").isTrue();
        String token = printed.group(1);
        assertThat(accounts.anyOrganizer()).isFalse();
        assertThat(new Http(port).get("/api/camps", "organizer").statusCode()).as("no demo organizer").isEqualTo(401);

        var view = navigate("setup/" + token, SetupView.class);
        view.form.username.setValue("yuki.staff");
        view.form.password.setValue("too-short");
        view.form.repeat.setValue("too-short");
        test(view.form.create).click();
        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.password.getErrorMessage())
                .isEqualTo(Translations.text(view.getUI().orElseThrow().getLocale(), "login.join.passwordTooShort"));

        view.form.password.setValue("a long and good password");
        view.form.repeat.setValue("a long and good password");
        test(view.form.create).click();

        var signedIn = new Http(port).get("/api/camps", "yuki.staff:a long and good password");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(accounts.anyOrganizer()).isTrue();

        var again = navigate("setup/" + token, SetupView.class);
        assertThat(again.form.getParent()).as("the used link offers no form").isEmpty();
        assertThatThrownBy(setup::issue).as("no new link once an organizer exists")
                .hasMessageContaining("set-up is closed");

        // The first organizer starts a camp and invites a co-organizer, who signs in and sees it.
        long campId = SignIn.as("yuki.staff", Role.ORGANIZER, () -> camps.create(new CampDraft("Spring camp 2028",
                LocalDate.of(2028, 4, 1), LocalDate.of(2028, 4, 7), ZoneId.of("Asia/Tokyo"), "ja")).id());
        String link = SignIn.as("yuki.staff", Role.ORGANIZER, () -> invitations.inviteOrganizer(campId));
        var join = navigate("join/" + link, JoinView.class);
        join.form.username.setValue("kenta.co");
        join.form.password.setValue("another good password");
        join.form.repeat.setValue("another good password");
        test(join.form.create).click();
        var http = new Http(port);
        String coOrganizer = "kenta.co:another good password";
        assertThat(http.get("/api/camps", coOrganizer).body()).contains("\"id\":" + campId);
        assertThat(http.get("/api/camps/" + campId + "/organizers", coOrganizer).body())
                .contains("\"username\":\"kenta.co\"").contains("\"username\":\"yuki.staff\"");

        // The first organizer removes them again: the camp is gone from their list and their reach.
        var removed = http.send(http.request("/api/camps/" + campId + "/organizers/kenta.co",
                "yuki.staff:a long and good password").DELETE().build());
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(http.get("/api/camps", coOrganizer).body()).doesNotContain("\"id\":" + campId);
        assertThat(http.get("/api/camps/" + campId + "/organizers", coOrganizer).statusCode()).isEqualTo(403);
        var last = http.send(http.request("/api/camps/" + campId + "/organizers/yuki.staff",
                "yuki.staff:a long and good password").DELETE().build());
        assertThat(last.statusCode()).as("never the last organizer").isEqualTo(409);
    }

    @Test
    void aWrongLinkOffersNoForm() {
        var view = navigate("setup/" + "x".repeat(43), SetupView.class);
        assertThat(view.form.getParent()).isEmpty();
    }
}
