package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.PublishedSampleCamp;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Http;
import org.campfair.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Confirmed hours and certificates over HTTP: who gets what, in which format. */
@CampfairIntegrationTest
class AfterCampApiTest {

    private static final String PASSWORD = "a-long-password";
    private static final HttpClient BYTES = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void organizersReadTheHoursAsJsonOrCsvAndTheCertificatesAsAZip() throws Exception {
        var camp = EndedCamp.publish(account("mikan"), importer, jdbc);
        var http = new Http(port);
        String hours = "/api/camps/" + camp.campId() + "/confirmed-hours";

        var json = http.get(hours, "organizer");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json.body()).contains("\"nickname\":\"Mikan\"").contains("\"legalName\":\"三上 奈緒\"")
                .contains("\"state\":\"CAME_LATE\"").contains("\"confirmedMinutes\":100");

        var csv = http.send(http.request(hours, "organizer").header("Accept", "text/csv").GET().build());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFparticipant_id,nickname,legal_name,");
        var sjis = bytes(http.request(hours + "?format=csv&encoding=shift_jis", "organizer").GET().build());
        assertThat(sjis.statusCode()).isEqualTo(200);
        assertThat(new String(sjis.body(), Charset.forName("windows-31j"))).contains("三上 奈緒");
        assertThat(http.get(hours + "?format=xml", "organizer").statusCode()).isEqualTo(400);
        assertThat(http.get(hours + "?format=csv&encoding=latin-1", "organizer").statusCode()).isEqualTo(400);
        jdbc.sql("update participant set legal_name = '미칸' where id = ?").param(camp.mikan()).update();
        var refused = http.get(hours + "?format=csv&encoding=shift_jis", "organizer");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Shift_JIS cannot hold the character").doesNotContain("Exception");

        var zip = bytes(http.request("/api/camps/" + camp.campId() + "/certificates.zip", "organizer").GET().build());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(new String(zip.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        assertThat(http.get("/v3/api-docs", null).body()).contains("/api/camps/{campId}/confirmed-hours")
                .contains("/api/camps/{campId}/certificates.zip").contains("/api/me/certificate.pdf")
                .contains("text/csv");
    }

    @Test
    void anotherCampsOrganizerAndParticipantsAreRefused() throws Exception {
        String mikan = account("mikan");
        var camp = EndedCamp.publish(mikan, importer, jdbc);
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(stranger, PASSWORD, Role.ORGANIZER, null, null);
        var http = new Http(port);

        for (String path : new String[] {"/confirmed-hours", "/confirmed-hours?format=csv", "/certificates.zip"}) {
            assertThat(http.get("/api/camps/" + camp.campId() + path, stranger + ":" + PASSWORD).statusCode())
                    .as("another camp's organizer: " + path).isIn(403, 404);
            assertThat(http.get("/api/camps/" + camp.campId() + path, mikan + ":" + PASSWORD).statusCode())
                    .as("a participant: " + path).isEqualTo(403);
        }
        assertThat(http.get("/api/me/certificate.pdf", stranger + ":" + PASSWORD).statusCode())
                .as("organizers have no certificate of their own").isEqualTo(403);
    }

    @Test
    void aParticipantDownloadsTheirOwnCertificateOnceTheCampHasEnded() throws Exception {
        String mikan = account("mikan");
        EndedCamp.publish(mikan, importer, jdbc);
        var http = new Http(port);
        String me = mikan + ":" + PASSWORD;

        var choice = http.get("/api/me/certificate", me);
        assertThat(choice.body()).contains("\"name\":\"NICKNAME\"").contains("\"available\":true");
        var pdf = bytes(http.request("/api/me/certificate.pdf", me).GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(CertificateServiceTest.text(pdf.body())).contains("Mikan").doesNotContain("三上");

        assertThat(http.put("/api/me/certificate", me, "{\"name\":\"LEGAL_NAME\"}").body())
                .contains("\"name\":\"LEGAL_NAME\"");
        var legal = bytes(http.request("/api/me/certificate.pdf", me).GET().build());
        assertThat(CertificateServiceTest.text(legal.body())).contains("三上 奈緒");
        var once = bytes(http.request("/api/me/certificate.pdf?name=nickname", me).GET().build());
        assertThat(CertificateServiceTest.text(once.body())).contains("Mikan");

        assertThat(http.put("/api/me/certificate", me, "{}").statusCode()).isEqualTo(400);
        assertThat(http.put("/api/me/certificate", me, "{\"name\":\"BOTH\"}").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/me/certificate.pdf?name=everything", me).statusCode()).isEqualTo(400);
    }

    @Test
    void beforeTheEndTheAnswerSaysFromWhen() throws Exception {
        String early = account("early");
        var camp = PublishedSampleCamp.publishFor(early, importer, jdbc);
        var http = new Http(port);

        var refused = http.get("/api/me/certificate.pdf", early + ":" + PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("once the camp has ended");
        var zip = http.get("/api/camps/" + camp.campId() + "/certificates.zip", "organizer");
        assertThat(zip.statusCode()).isEqualTo(400);
    }

    private String account(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, Role.PARTICIPANT, null, null);
        return username;
    }

    private static HttpResponse<byte[]> bytes(HttpRequest request) throws Exception {
        return BYTES.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
