package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.e2e.PhoneChecks.assertFitsAPhoneAndPassesAxe;
import static org.campfair.e2e.PhoneChecks.screenshot;
import static org.campfair.e2e.PhoneChecks.signIn;

import java.time.Duration;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
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
 * The organizer's camps, participants and tasks pages in headless Chromium, on a phone
 * (390×844) and a desktop screen (1280×800): the camp's links, the participant editor with
 * Close and the invitation link's Copy, and Cancel on a new shift, all on screen, with no
 * sideways scrolling of the page and no critical or serious axe-core finding.
 */
@CampfairIntegrationTest
class OrganizerPagesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private int width;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "organizer-pages");
    }

    @Test
    void onAPhoneTheEditorTakesTheListsPlaceAndCloseBringsItBack() {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        long kuma = SignIn.asTheApp(() -> participants.listByCamp(campId).stream()
                .filter(p -> p.nickname().equals("Kuma")).findFirst().orElseThrow().id());
        start(390, 844);

        browser.get(url("/camps"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".camp-row a")));
        assertFitsAPhoneAndPassesAxe(browser, "camps");
        screenshot(browser, "phone-camps");

        browser.get(url("/camps/" + campId + "/participants?participant=" + kuma));
        var close = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='Close']")));
        assertOnScreen(close, "Close");
        assertThat(browser.findElement(By.cssSelector(".participants-list")).isDisplayed())
                .as("the list, while the editor has its place").isFalse();
        WebElement invite = browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Invite Kuma']"));
        click(invite);
        var copy = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class, 'participants-editor')]//vaadin-button[normalize-space(.)='Copy']")));
        wait.until(driver -> browser.findElement(By.cssSelector(".participants-editor .link-field input"))
                .getDomProperty("value").startsWith("http"));
        assertOnScreen(copy, "Copy");
        assertOnScreen(browser.findElement(By.cssSelector(".participants-editor .link-field vaadin-text-field")),
                "the invitation link");
        assertFitsAPhoneAndPassesAxe(browser, "participant editor");
        screenshot(browser, "phone-participant-editor");

        click(close);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".participants-list")));
        assertThat(browser.findElements(By.cssSelector(".participants-editor"))).allMatch(e -> !e.isDisplayed());
        assertThat(browser.getCurrentUrl()).doesNotContain("participant=");
        assertFitsAPhoneAndPassesAxe(browser, "participants");

        browser.get(url("/camps/" + campId + "/tasks"));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-tab[normalize-space(.)='Shifts']"))));
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='New' and not(ancestor::*[@hidden])]"))));
        var cancel = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='Cancel' and not(ancestor::*[@hidden])]")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", cancel);
        assertOnScreen(cancel, "Cancel of the new shift");
        assertFitsAPhoneAndPassesAxe(browser, "new shift");
        click(cancel);
        wait.until(ExpectedConditions.invisibilityOf(cancel));
    }

    @Test
    void onADesktopTheListAndTheEditorStandSideBySide() {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        long kuma = SignIn.asTheApp(() -> participants.listByCamp(campId).stream()
                .filter(p -> p.nickname().equals("Kuma")).findFirst().orElseThrow().id());
        start(1280, 800);

        browser.get(url("/camps/" + campId + "/participants?participant=" + kuma));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//vaadin-button[normalize-space(.)='Close']")));
        var list = browser.findElement(By.cssSelector(".participants-list")).getRect();
        var editor = browser.findElement(By.cssSelector(".participants-editor")).getRect();
        assertThat(list.getWidth()).as("the list's width").isGreaterThan(400);
        assertThat(editor.getWidth()).as("the editor's width").isGreaterThan(300);
        assertThat(editor.getX()).as("the editor beside the list").isGreaterThanOrEqualTo(list.getX() + list.getWidth());
        assertThat(editor.getX() + editor.getWidth()).as("the editor's right edge").isLessThanOrEqualTo(1280);
        assertThat(overflow()).as("sideways scrolling").isLessThanOrEqualTo(0);
        // Every column header reads in full beside the editor, the frozen "Nickname" first.
        assertThat(browser.executeScript("""
                return [...document.querySelectorAll('.participants-list vaadin-grid-sorter')]
                    .map(sorter => sorter.parentElement)
                    .filter(cell => {
                        const label = cell.firstElementChild.shadowRoot.querySelector('[part=content]');
                        return cell.scrollWidth > cell.clientWidth || label.scrollWidth > label.clientWidth;
                    })
                    .map(cell => cell.textContent.trim());""")).as("cut-off column headers").asList().isEmpty();
        screenshot(browser, "desktop-participant-editor");
    }

    private void start(int screenWidth, int height) {
        width = screenWidth;
        browser = Browser.start(screenWidth, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn(browser, wait, url("/camps"), "organizer", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }

    private int overflow() {
        return ((Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    private void click(WebElement element) {
        // Vaadin's development-mode tool may cover a corner of the page in tests; people never get it.
        browser.executeScript("arguments[0].click();", element);
    }

    private void assertOnScreen(WebElement element, String what) {
        var box = element.getRect();
        assertThat(box.getX()).as("%s starts on screen", what).isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).as("%s ends on screen", what).isLessThanOrEqualTo(width);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
