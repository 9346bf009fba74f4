package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.campfair.shared.i18n.Translations;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tapping buttons of the self-service pages on a phone, and reading what the page said back. */
final class PhoneTaps {

    private PhoneTaps() {
    }

    /** The page's status line says it, where the reader is looking, wherever on the page they tapped. */
    static void awaitStatus(Phone on, Locale language, String key, Object... arguments) {
        String text = Translations.text(language, key, arguments);
        assertOnScreen(on, on.pageWait().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//p[@role='status' and contains(., \"" + text + "\")]"))), "the status line");
    }

    /** Within the screen and not under anything, such as the app's header (a closing dialog may take a moment). */
    static void assertOnScreen(Phone on, WebElement element, String what) {
        try {
            new WebDriverWait(on.browser(), Duration.ofSeconds(10)).until(browser -> (Boolean) on.browser()
                    .executeScript("""
                            const box = arguments[0].getBoundingClientRect();
                            const x = box.left + Math.min(box.width / 2, 20), y = box.top + box.height / 2;
                            if (y < 0 || y > window.innerHeight) return false;
                            const at = document.elementFromPoint(x, y);
                            return at !== null && (arguments[0].contains(at) || at.contains(arguments[0]));""",
                            element));
        } catch (TimeoutException e) {
            throw new AssertionError(what + " is not on screen: " + on.browser().executeScript(
                    "const b = arguments[0].getBoundingClientRect(); const x = b.left + 10, y = b.top + b.height / 2;"
                            + " const at = document.elementFromPoint(x, y);"
                            + " return 'top ' + b.top + ', under ' + (at && at.outerHTML.substring(0, 120));",
                    element));
        }
    }

    /**
     * Scrolls the element to the middle of the screen first: the seats a participant gives or
     * swaps come below the list of open seats, and scrolled only to the bottom edge, as
     * chromedriver does, development mode's toolbar covers them.
     */
    static void tap(Phone on, WebElement element) {
        on.browser().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    static By button(Locale language, String key) {
        return By.xpath("//vaadin-button[normalize-space(.)=\"" + Translations.text(language, key) + "\"]");
    }


    /** Fits the phone, passes axe-core, and is in the reader's language, the camp's data aside. */
    static void assertFitsPassesAxeAndSpeaks(Phone on, String page, Locale language, JdbcClient jdbc, long campId) {
        on.assertFitsAPhoneAndPassesAxe(page);
        PageLanguage.assertNoEnglish(on.browser(), jdbc, campId, page);
        assertThat(on.browser().findElement(By.tagName("html")).getAttribute("lang")).as("the %s page's language",
                page).startsWith(language.getLanguage());
    }
}
