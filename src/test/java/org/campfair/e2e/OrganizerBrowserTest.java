package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organizer in a real browser: imports a camp (seeing and fixing a bad row first), solves
 * it, reads the roster and the fairness chart and publishes; and the pages fit a phone.
 */
@CampfairIntegrationTest
class OrganizerBrowserTest {

    private static final List<String> FILES =
            List.of("camp.csv", "sites.csv", "houses.csv", "tasks.csv", "shifts.csv", "participants.csv");
    /** The status once solving has ended, in words ("Roster: all rules kept; 3 wishes not met"). */
    private static final Pattern SOLVED = Pattern.compile("^Roster(: | breaks hard rules: )");

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    CampService camps;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "organizer");
    }

    @Test
    void importWithABadRowFixItSolveReadTheRosterAndPublish() throws IOException {
        Path good = Files.createDirectories(Path.of("target/e2e/upload/good"));
        Path bad = Files.createDirectories(Path.of("target/e2e/upload/bad"));
        var sample = CampFiles.classpath("sample-data");
        for (String name : FILES) {
            Files.writeString(good.resolve(name), sample.read(name).orElseThrow());
            Files.writeString(bad.resolve(name), sample.read(name).orElseThrow());
        }
        String shifts = sample.read("shifts.csv").orElseThrow();
        Files.writeString(bad.resolve("shifts.csv"), shifts + "Moon landing,2027-11-02,08:30,12:00,1,2,false\n");
        long badRow = shifts.lines().count() + 1;
        openAndSignIn(1280, 900);

        browser.get(url("/import"));
        upload(FILES.stream().map(name -> bad.resolve(name)).toList());
        WebElement problem = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., \"no task 'Moon landing'\")]")));
        assertThat(problem.getText()).contains("Moon landing");
        assertThat(cellTexts()).contains("shifts.csv", String.valueOf(badRow), "task");
        // The problem grid was hidden until now: its file, row and column cells are sized to their texts.
        assertThat((Number) browser.executeScript("""
                return [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(cell => cell.scrollWidth > cell.clientWidth + 1).length;""")).as("cut-off cells")
                .isEqualTo(0L);
        WebElement importButton = browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Import']"));
        assertThat(importButton.getAttribute("disabled")).isNotNull();

        upload(List.of(good.resolve("shifts.csv")));
        wait.until(driver -> importButton.getAttribute("disabled") == null);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", importButton);
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Open the roster of"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Yuzuhara"));
        assertThat(status()).contains("No roster yet");
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Solve']")).click();
        wait.until(ExpectedConditions.textMatches(By.cssSelector("span[aria-live]"), SOLVED));
        assertThat(status()).startsWith("Roster: all rules kept; ").doesNotContain("open", "without a bed");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content .seat")));

        browser.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Fairness']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg rect")));
        assertThat(browser.findElements(By.cssSelector("svg rect"))).hasSizeGreaterThanOrEqualTo(40);

        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Publish']")).click();
        var confirm = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']")));
        assertThat(browser.findElement(By.cssSelector("vaadin-confirm-dialog[opened]")).getDomProperty("message"))
                .startsWith("This is the first publication: ");
        browser.executeScript("arguments[0].click();", confirm);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Published')]")));

        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Priorities']")).click();
        WebElement daysOff = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-integer-field[.//label[normalize-space(.)='Volunteer works more than five days in a row']]"
                        + "//input")));
        assertThat(daysOff.getDomProperty("value")).isEqualTo("15000");
        daysOff.clear();
        daysOff.sendKeys("2000");
        // The "Published" notification may still cover the foot of the page.
        WebElement save = browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Save']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", save);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("span[aria-live]"),
                "The next solve uses these weights"));
    }

    @Test
    void theCampsListAndTheRosterFitAPhoneWithTheirMainActionsReachable() {
        // A plain solved camp of its own: other tests leave camps in the list in other states
        // (running today, published by hand), and the list is not in the order they ran.
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, Duration.ofSeconds(180));
        // Camps that start later are listed above it, so its row is far down the phone's list, as
        // in a full test run: the list is scrolled to reach it (this once left the roster opened
        // as far down, its title out of sight).
        for (int i = 0; i < 8; i++) {
            int later = i;
            SignIn.as("organizer", Role.ORGANIZER, () -> camps.create(new CampDraft("Later camp " + later,
                    LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 5), ZoneId.of("Asia/Tokyo"), "en")));
        }
        openAndSignIn(390, 844);
        WebElement roster = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//article[contains(@class, 'camp-row')]//a[normalize-space(.)='Roster'][contains(@href, 'camps/"
                        + campId + "/roster')]")));
        assertNoHorizontalOverflow("camps list");
        // Every page of the camp is one tap away, on the screen, however long the camp's name.
        for (WebElement link : roster.findElements(By.xpath("../a"))) {
            var box = link.getRect();
            assertThat(box.getX()).as(link.getText()).isGreaterThanOrEqualTo(0);
            assertThat(box.getX() + box.getWidth()).as(link.getText()).isLessThanOrEqualTo(390);
            assertThat(box.getHeight()).as(link.getText() + " target height").isGreaterThanOrEqualTo(24);
        }
        assertThat(roster.findElements(By.xpath("../a"))).extracting(WebElement::getText)
                .containsExactly("Roster", "Participants", "Tasks", "Houses", "Self-service", "Certificates and hours",
                        "Settings");
        assertThat(roster.getRect().getY()).as("the link's place, down the list").isGreaterThan(844);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", roster);
        wait.until(ExpectedConditions.elementToBeClickable(roster)).click();

        // The roster opens at its top, title first, however far down the list its link was.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Yuzuhara"));
        assertThat(browser.findElement(By.tagName("h1")).getRect().getY()).as("the title's top").isGreaterThanOrEqualTo(0);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        assertNoHorizontalOverflow("roster");
        for (String action : List.of("Solve", "Publish", "Participant leaves…")) {
            WebElement button = browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + action + "']"));
            var box = button.getRect();
            assertThat(button.isDisplayed()).as(action).isTrue();
            assertThat(box.getX()).as(action).isGreaterThanOrEqualTo(0);
            assertThat(box.getX() + box.getWidth()).as(action + " right edge; widths " + browser.executeScript("""
                    const chain = [];
                    for (let e = arguments[0]; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                        chain.push(e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().width));
                    }
                    return chain.join(' < ');""", button)).isLessThanOrEqualTo(390);
        }
        // Seven tabs scroll sideways on a phone, as a swipe would bring the tab into view.
        WebElement staysTab = browser.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Stays']"));
        browser.executeScript("arguments[0].scrollIntoView({inline: 'center', block: 'nearest'});", staysTab);
        wait.until(ExpectedConditions.elementToBeClickable(staysTab)).click();
        wait.until(ExpectedConditions.textMatches(By.tagName("body"), Pattern.compile("→")));
        assertNoHorizontalOverflow("roster stays");
    }

    private void openAndSignIn(int width, int height) {
        browser = Browser.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        PhoneChecks.signIn(browser, wait, url("/"), "organizer", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }

    /** Hands files to the page's upload field, as choosing them in the file dialog would. */
    private void upload(List<Path> files) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        WebElement input = (WebElement) browser.executeScript("""
                const upload = document.querySelector('vaadin-upload');
                const input = upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                input.value = '';
                return input;""");
        input.sendKeys(String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    }

    private List<String> cellTexts() {
        return browser.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                .toList();
    }

    private String status() {
        return browser.findElement(By.cssSelector("span[aria-live]")).getText();
    }

    private void assertNoHorizontalOverflow(String page) {
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal overflow of the %s page in px", page).isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
