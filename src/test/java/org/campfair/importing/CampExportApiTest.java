package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The export zip over HTTP: organizers only, and it holds the camp's six files. */
@CampfairIntegrationTest
class CampExportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    CampExportService exporter;

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

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
