package org.campfair.e2e;

import static org.campfair.e2e.PhoneChecks.signIn;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.PublishedSampleCamp;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the screenshots in docs/screens/: the participant's schedule, the organizer's roster
 * and the host's village page, at 390×844 (a phone) and 1280×800, in English, and the
 * schedule on a phone in Japanese and Korean, in headless Chromium. Not a test: run it with
 * {@code ./mvnw -Pscreens test} (the README says when) and commit the PNGs, so a reader sees
 * the pages without running them.
 *
 * <p>The build machines have no Japanese or Korean font installed; Chromium is given the app's
 * own WenQuanYi Micro Hei (src/main/resources/fonts, shipped for the certificates' PDF) through
 * a fontconfig file of its own, so no system package is needed.
 */
@CampfairIntegrationTest
class DocsScreens {

    private static final Path SCREENS = Path.of("docs/screens");

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"390, 844, phone", "1280, 800, desktop"})
    void writeTheScreenshots(int width, int height, String screen) throws IOException {
        long solved = SignIn.asTheApp(() -> SolvedCamps.sampleCamp(importer, rosters));
        PublishedSampleCamp.publishFor("participant", importer, jdbc);
        for (String account : List.of("participant", "organizer", "host")) {
            accounts.changeLanguage(account, Locale.ENGLISH);
        }
        Files.createDirectories(SCREENS);

        shoot(width, height, "participant", "/me", By.cssSelector(".schedule-card"), "schedule-" + screen);
        shoot(width, height, "organizer", "/camps/" + solved + "/roster",
                By.cssSelector("vaadin-grid-cell-content .seat"), "roster-" + screen);
        shoot(width, height, "host", "/village", By.cssSelector("vaadin-grid-cell-content"), "village-" + screen);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ja", "ko"})
    void writeThePhoneScheduleInJapaneseAndKorean(String language) throws IOException {
        SignIn.asTheApp(() -> SolvedCamps.sampleCamp(importer, rosters));
        PublishedSampleCamp.publishFor("participant", importer, jdbc);
        accounts.changeLanguage("participant", Locale.forLanguageTag(language));
        Files.createDirectories(SCREENS);

        shoot(390, 844, "participant", "/me", By.cssSelector(".schedule-card"), "schedule-phone-" + language);
    }

    private void shoot(int width, int height, String account, String page, By shown, String name) throws IOException {
        ChromeDriver browser = Browser.start(width, height, Map.of("FONTCONFIG_FILE", fontconfig().toString()));
        try {
            // The window's size includes the browser's frame; the page itself gets exactly this size.
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", width < 500 ? 2 : 1, "mobile", width < 500));
            var wait = new WebDriverWait(browser, Duration.ofSeconds(150));
            signIn(browser, wait, "http://localhost:" + port + page, account, "demo");
            wait.until(ExpectedConditions.visibilityOfElementLocated(shown));
            // Vaadin's development-mode tool is not part of the app people see.
            browser.executeScript("document.querySelectorAll('copilot-main, vaadin-dev-tools')"
                    + ".forEach(tool => tool.remove());");
            Thread.sleep(500);
            write(browser.getScreenshotAs(OutputType.BYTES), width, SCREENS.resolve(name + ".png"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            browser.quit();
        }
    }

    /** The machine's fonts and the app's CJK font (WenQuanYi Micro Hei), for Chromium's fontconfig. */
    private static Path fontconfig() throws IOException {
        Path fonts = Path.of("src/main/resources/fonts").toAbsolutePath();
        Path config = Path.of("target/screens-fontconfig").toAbsolutePath();
        Files.createDirectories(config);
        Path file = config.resolve("fonts.conf");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  <dir>%s</dir>
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(fonts, config.resolve("cache")));
        return file;
    }

    /** At the page's own size in CSS pixels: a phone is emulated at twice its density, which only doubles the file. */
    private static void write(byte[] png, int width, Path file) throws IOException {
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
        if (shot.getWidth() > width) {
            int height = shot.getHeight() * width / shot.getWidth();
            var scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            var graphics = scaled.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(shot, 0, 0, width, height, null);
            graphics.dispose();
            shot = scaled;
        }
        ImageIO.write(shot, "png", file.toFile());
    }
}
