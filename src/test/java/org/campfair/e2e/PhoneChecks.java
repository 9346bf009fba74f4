package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page must pass on a phone: no sideways scrolling, no critical or serious axe-core finding. */
final class PhoneChecks {

    private PhoneChecks() {
    }

    static void assertFitsAPhoneAndPassesAxe(ChromeDriver browser, String page) {
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("sideways scrolling of the %s page", page).isLessThanOrEqualTo(0);
        // Left out, Vaadin's own markup: Copilot (development mode only); a required Select's
        // inner button; and the tab bar (vaadin-tabs), whose shadow DOM puts a focusable
        // scroller div inside role=tablist (aria-required-children), which only Vaadin or
        // replacing TabSheet can change (issue 20).
        var axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa"))
                .exclude("copilot-main").exclude("vaadin-select-value-button").exclude("vaadin-tabs")
                .analyze(browser);
        assertThat(axe.getViolations().stream()
                .filter(v -> "critical".equals(v.getImpact()) || "serious".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList()).toList())
                .as("critical or serious axe findings on the %s page", page).isEmpty();
    }

    /** Opens the page (any browser size); the sign-in form comes first and leads back to it. */
    static void signIn(ChromeDriver browser, WebDriverWait wait, String url, String username, String password) {
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
    }

    /** For looking at afterwards: target/e2e/{name}.png. */
    /**
     * Where the element comes to rest. On a phone Vaadin's menus open as a sheet that slides up
     * from below the screen for about 200 ms, and an element is "visible" to Selenium from the
     * first frame, so a position read at once can be one from the middle of the slide (the
     * sign-out item measured 852 px down on an 844 px screen before settling at 814).
     */
    static Rectangle restingBox(ChromeDriver browser, WebElement element) {
        var box = (List<?>) browser.executeAsyncScript("""
                const element = arguments[0], done = arguments[arguments.length - 1];
                let last = null, still = 0;
                function frame() {
                    const b = element.getBoundingClientRect();
                    const now = [b.x, b.y, b.width, b.height].map(Math.round);
                    still = last !== null && now.every((v, i) => v === last[i]) ? still + 1 : 0;
                    last = now;
                    if (still >= 5) done(now); else requestAnimationFrame(frame);
                }
                requestAnimationFrame(frame);""", element);
        return new Rectangle(number(box, 0), number(box, 1), number(box, 3), number(box, 2));
    }

    private static int number(List<?> values, int index) {
        return ((Number) values.get(index)).intValue();
    }

    static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(Path.of("target/e2e"));
            Files.write(Path.of("target/e2e/" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
