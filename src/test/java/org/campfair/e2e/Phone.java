package org.campfair.e2e;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One test's phone on the app under test: it signs in to a path of the server, checks each page
 * as every phone page must pass ({@link PhoneChecks}) and keeps screenshots under the test's own
 * name, target/e2e/{prefix}{name}.png.
 */
record Phone(ChromeDriver browser, WebDriverWait pageWait, int port, String screenshotPrefix) {

    /** Opens the page; the sign-in form comes first and leads back to it. */
    void signIn(String path, String username, String password) {
        PhoneChecks.signIn(browser, pageWait, "http://localhost:" + port + path, username, password);
    }

    void assertFitsAPhoneAndPassesAxe(String page) {
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, page);
    }

    void screenshot(String name) {
        PhoneChecks.screenshot(browser, screenshotPrefix + name);
    }
}
