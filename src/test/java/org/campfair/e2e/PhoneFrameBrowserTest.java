package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.e2e.PhoneChecks.assertFitsAPhoneAndPassesAxe;
import static org.campfair.e2e.PhoneChecks.restingBox;
import static org.campfair.e2e.PhoneChecks.screenshot;
import static org.campfair.e2e.PhoneChecks.signIn;

import java.time.Duration;
import org.campfair.CampfairIntegrationTest;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
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
 * The frame around every page on a phone (390×844) in headless Chromium: the account menu
 * (and sign-out in it) stays on screen, an organizer's address opened by a participant ends on
 * a calm page inside the frame, and the account, staff and import pages (with the export's
 * encoding choice) fit and pass axe-core.
 */
@CampfairIntegrationTest
class PhoneFrameBrowserTest {

    private static final int WIDTH = 390;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "phone-frame");
    }

    @Test
    void aParticipantReachesTheAccountMenuAndSignsOutOnAPhone() {
        browser = Browser.start(WIDTH, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn(browser, wait, url("/me"), "participant", "demo");
        var menu = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-menu-bar")));
        assertOnScreen(menu, "the account menu on the schedule page");
        screenshot(browser, "phone-frame-schedule");

        browser.get(url("/camps"));
        var title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(title.getText()).isEqualTo(text("app.notFound.title"));
        assertThat(browser.findElements(By.cssSelector("main"))).as("one main landmark").hasSize(1);
        assertFitsAPhoneAndPassesAxe(browser, "not found");
        screenshot(browser, "phone-frame-not-found");

        menu = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-menu-bar vaadin-menu-bar-button")));
        assertOnScreen(menu, "the account menu on the not-found page");
        // Vaadin's development-mode tool sits over the page's top right corner in tests; people
        // never get it, so the click goes to the menu itself.
        click(menu);
        var signOut = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-menu-bar-item[normalize-space(.)='" + text("app.signOut") + "']")));
        assertOnScreen(signOut, "sign-out");
        click(signOut);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    @Test
    void theStaffAndAccountPagesFitAPhone() {
        browser = Browser.start(WIDTH, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn(browser, wait, url("/staff"), "organizer", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-button[normalize-space(.)='Make staff']")));
        assertFitsAPhoneAndPassesAxe(browser, "staff");
        screenshot(browser, "phone-frame-staff");
        browser.get(url("/me/account"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='Delete my account']")));
        assertFitsAPhoneAndPassesAxe(browser, "my account");
        screenshot(browser, "phone-frame-account");
    }

    @Test
    void theImportPagesEncodingChoiceFitsAPhone() {
        browser = Browser.start(WIDTH, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn(browser, wait, url("/import"), "organizer", "demo");
        var encoding = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-radio-group")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", encoding);
        var choices = encoding.findElements(By.cssSelector("vaadin-radio-button"));
        assertThat(choices).as("UTF-8 and Shift_JIS").hasSize(2);
        for (WebElement choice : choices) {
            var box = choice.getRect();
            assertThat(box.getX()).as("an encoding choice starts on screen").isGreaterThanOrEqualTo(0);
            assertThat(box.getX() + box.getWidth()).as("an encoding choice ends on screen").isLessThanOrEqualTo(WIDTH);
        }
        click(choices.get(1));
        wait.until(ExpectedConditions.attributeToBe(choices.get(1), "checked", "true"));
        screenshot(browser, "phone-import");
        assertFitsAPhoneAndPassesAxe(browser, "import");
    }

    private void click(WebElement element) {
        browser.executeScript("arguments[0].click();", element);
    }

    private void assertOnScreen(WebElement element, String what) {
        var box = restingBox(browser, element);
        assertThat(box.getX()).as("%s starts on screen", what).isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).as("%s ends on screen", what).isLessThanOrEqualTo(WIDTH);
        assertThat(box.getY() + box.getHeight()).as("%s above the fold", what).isLessThanOrEqualTo(844);
    }

    /** In the demo participant's own language, as the pages show it. */
    private String text(String key) {
        return Translations.text(accounts.languageOf("participant").orElseThrow(), key);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
