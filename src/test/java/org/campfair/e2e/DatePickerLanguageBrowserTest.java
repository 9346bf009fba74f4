package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.e2e.PhoneChecks.signIn;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organizer's date pickers in headless Chromium, in each language of the app: they show a
 * day as the pages write it ({@link DateFormats}: "Mon 1 Nov 2027", "2027年11月1日(月)",
 * "2027. 11. 1. (월)"), weekday included, and read that form back when it is typed.
 */
@CampfairIntegrationTest
class DatePickerLanguageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "date-picker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja", "ko"})
    void thePickersShowAndReadDaysInTheAccountsLanguage(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        var dates = DateFormats.of(language);
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        long kuma = SignIn.asTheApp(() -> participants.listByCamp(campId).stream()
                .filter(p -> p.nickname().equals("Kuma")).findFirst().orElseThrow().id());
        String username = "dates-" + tag + "-" + campId;
        accounts.createStaffOrganizer(username, "demo-dates");
        accounts.changeLanguage(username, language);
        browser = Browser.start(1280, 800);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn(browser, wait, url("/camps/" + campId + "/settings"), username, "demo-dates");

        WebElement firstDay = picker(Translations.text(language, "camp.field.startsOn"));
        wait.until(driver -> !input(firstDay).getDomProperty("value").isEmpty());
        assertThat(input(firstDay).getDomProperty("value")).isEqualTo(dates.dayWithYear(LocalDate.of(2027, 11, 1)));

        // Typed as it is shown, weekday and all, the day is read back.
        LocalDate third = LocalDate.of(2027, 11, 3);
        input(firstDay).sendKeys(Keys.chord(Keys.CONTROL, "a"), dates.dayWithYear(third), Keys.ENTER);
        wait.until(driver -> "2027-11-03".equals(firstDay.getDomProperty("value")));
        assertThat(input(firstDay).getDomProperty("value")).isEqualTo(dates.dayWithYear(third));
        assertThat(firstDay.getDomAttribute("invalid")).as("the typed day is accepted").isNull();

        browser.get(url("/camps/" + campId + "/participants?participant=" + kuma));
        WebElement arrives = picker(Translations.text(language, "participant.field.arrivesOn"));
        wait.until(driver -> !input(arrives).getDomProperty("value").isEmpty());
        assertThat(input(arrives).getDomProperty("value")).isEqualTo(dates.dayWithYear(LocalDate.of(2027, 11, 1)));
    }

    private WebElement picker(String label) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-date-picker[.//label[normalize-space(.)='" + label + "']]")));
    }

    private static WebElement input(WebElement picker) {
        return picker.findElement(By.cssSelector("input"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
