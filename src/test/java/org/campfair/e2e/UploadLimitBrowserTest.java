package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page's upload URL, posted to by hand as an attacker would, past the browser's
 * size check: a signed-in organizer's session and the page's real upload URL, then bodies far
 * above the limit. The server stops reading soon after the limit, whether the size is
 * announced or the body comes in chunks, and whether it is sent raw (as the page does) or as
 * multipart. Measured in bytes the client got to send.
 */
@CampfairIntegrationTest
class UploadLimitBrowserTest {

    private static final long MEGABYTE = 1024 * 1024;
    /**
     * The limit, plus what Tomcat swallows after an early answer (2 MB) and what the loopback's
     * socket buffers take in on both sides (measured: 27 MB sent of a chunked 50 MB body).
     */
    private static final long READ_AT_MOST = CampArchive.MAX_BYTES + 16 * MEGABYTE;

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private String uploadUrl;
    private String cookies;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void openTheImportPageSignedIn() {
        browser = Browser.start();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        PhoneChecks.signIn(browser, wait, "http://localhost:" + port + "/", "organizer", "demo");
        // Signed in: the camps page (rows now, no grid).
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Camps"));
        browser.get("http://localhost:" + port + "/import");
        wait.until(driver -> browser.executeScript(
                "const u = document.querySelector('vaadin-upload'); return u && u.target;") != null);
        uploadUrl = URI.create("http://localhost:" + port + "/").resolve(
                (String) browser.executeScript("return document.querySelector('vaadin-upload').target;")).toString();
        cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnnounced200MegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
        var body = new Generated(200 * MEGABYTE);

        int status = post(HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> body), body.size), "text/csv");

        System.out.println("Announced 200 MB upload: " + body.sent.get() + " bytes sent");
        assertThat(status).isIn(422, -1);
        assertThat(body.sent.get()).as("bytes sent of 200 MB").isLessThan(READ_AT_MOST);
    }

    @Test
    void aChunked50MegabyteUploadIsCutOffAtTheLimit() throws Exception {
        var body = new Generated(50 * MEGABYTE);

        int status = post(HttpRequest.BodyPublishers.ofInputStream(() -> body), "text/csv");

        System.out.println("Chunked 50 MB upload: " + body.sent.get() + " bytes sent");
        assertThat(status).isIn(422, -1);
        assertThat(body.sent.get()).as("bytes sent of 50 MB").isLessThan(READ_AT_MOST);
    }

    @Test
    void aMultipart200MegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
        var body = new Generated(200 * MEGABYTE);

        int status = post(HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> body), body.size),
                "multipart/form-data; boundary=campfair");

        System.out.println("Multipart 200 MB upload: " + body.sent.get() + " bytes sent");
        assertThat(status).isNotEqualTo(200);
        assertThat(body.sent.get()).isLessThan(READ_AT_MOST);
    }

    /** The answer's status, or -1 when the server closed the connection before the client finished sending. */
    private int post(HttpRequest.BodyPublisher body, String contentType) throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(Duration.ofSeconds(120))
                .header("Cookie", cookies).header("Content-Type", contentType)
                .header("X-Filename", "participants.csv").POST(body).build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            System.out.println("Upload answered " + response.statusCode() + ": " + response.body());
            return response.statusCode();
        } catch (IOException closed) {
            System.out.println("Upload cut off by the server: " + closed);
            return -1;
        }
    }

    /** A body of {@code size} bytes made as it is sent, counting what the client got to send. */
    private static final class Generated extends InputStream {

        final long size;
        final AtomicLong sent = new AtomicLong();

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (sent.get() >= size) {
                return -1;
            }
            sent.incrementAndGet();
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long left = size - sent.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            sent.addAndGet(n);
            return n;
        }
    }
}
