package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.security.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The export zip over HTTP: organizers only, and it holds the camp's six files. */
@CampfairIntegrationTest
class CampExportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    CampExportService exporter;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void organizersDownloadTheZipOthersCannot() throws Exception {
        long campId = importer.importCamp(CampFiles.of(CampImportRejectionTest.sampleFiles()));
        String path = "/api/camps/" + campId + "/export.zip";

        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get(path, "participant").statusCode()).isEqualTo(403);
        var response = get(path, "organizer");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        var files = new HashMap<String, String>();
        CampArchive.add(files, "export.zip", response.body());
        assertThat(files).isEqualTo(exporter.export(campId));

        assertThat(get("/api/camps/999999/export.zip", "organizer").statusCode()).isEqualTo(404);
    }

    @Test
    void theZipIsUtf8WithAByteOrderMarkOrShiftJisWhenItCanHoldTheCamp() throws Exception {
        long campId = importer.importCamp(CampFiles.of(CampImportRejectionTest.sampleFiles()));
        String path = "/api/camps/" + campId + "/export.zip";

        var utf8 = get(path, "organizer").body();
        var raw = new HashMap<String, byte[]>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(utf8))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                raw.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(raw.get("participants.csv")).startsWith(0xEF, 0xBB, 0xBF);

        // The sample camp has Korean participants, whose names Shift_JIS cannot hold.
        var refused = get(path + "?encoding=shift_jis", "organizer");
        assertThat(refused.statusCode()).isEqualTo(422);
        var lines = exporter.export(campId).get("participants.csv").lines().toList();
        int jiwoo = 1 + lines.indexOf(lines.stream().filter(line -> line.startsWith("Jiwoo,")).findFirst().orElseThrow());
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .as("the first name Shift_JIS cannot hold, in the exported file's own lines")
                .contains("participants.csv, line " + jiwoo + ":", "이");
        assertThat(get(path + "?encoding=latin-1", "organizer").statusCode()).isEqualTo(400);

        jdbc.sql("update participant set legal_name = nickname where camp_id = ? and language = 'ko'").param(campId)
                .update();
        var shiftJis = get(path + "?encoding=shift_jis", "organizer");
        assertThat(shiftJis.statusCode()).isEqualTo(200);
        var files = new HashMap<String, String>();
        CampArchive.add(files, "export.zip", shiftJis.body());
        assertThat(files).as("the import reads Shift_JIS back to the same camp").isEqualTo(exporter.export(campId));
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        return http.send(new Http(port).request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
