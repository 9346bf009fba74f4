package org.campfair.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Backups over the API: a staff organizer makes and lists them; anyone else is refused. */
@CampfairIntegrationTest
class BackupApiTest {

    private static final String PLAIN_ORGANIZER = "backup-plain-organizer:plain-organizer-password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void anOrganizerWhoIsNotStaff() {
        if (!accounts.exists("backup-plain-organizer")) {
            accounts.create("backup-plain-organizer", "plain-organizer-password", Role.ORGANIZER, null, null);
        }
    }

    @Test
    void aStaffOrganizerBacksUpAndSeesTheBackupListed() throws Exception {
        var made = post("organizer");
        assertThat(made.statusCode()).isEqualTo(201);
        var backup = json.readTree(made.body());
        String name = backup.get("name").asString();
        assertThat(name).matches("campfair-\\d{8}-\\d{6}-\\d{3}-manual\\.zip");
        assertThat(backup.get("sizeBytes").asLong()).isPositive();
        assertThat(backup.get("kind").asString()).isEqualTo("MANUAL");

        var listed = http().get("/api/backups", "organizer");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(listed.body()).findValuesAsString("name")).contains(name);
    }

    @Test
    void organizersWhoAreNotStaffParticipantsAndHostsAreRefused() throws Exception {
        for (String user : new String[] {PLAIN_ORGANIZER, "participant", "host"}) {
            assertThat(post(user).statusCode()).as("POST by " + user).isEqualTo(403);
            assertThat(http().get("/api/backups", user).statusCode()).as("GET by " + user).isEqualTo(403);
        }
        assertThat(http().get("/api/backups", null).statusCode()).isEqualTo(401);
    }

    private java.net.http.HttpResponse<String> post(String user) throws Exception {
        return http().send(http().request("/api/backups", user).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private Http http() {
        return new Http(port);
    }
}
