package org.campfair.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's chromedriver. Selenium is given both
 * paths, so Selenium Manager never tries to download a browser or driver (no internet here).
 * On CI a missing browser fails the test; elsewhere the test is skipped with a reason.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() {
        return start(1280, 900);
    }

    /**
     * A browser whose page is this size, e.g. 390×844 for a phone. Chromium windows are at
     * least 500 px wide, so narrower pages are emulated as a mobile screen.
     */
    static ChromeDriver start(int width, int height) {
        return start(width, height, java.util.Map.of());
    }

    /** As {@link #start(int, int)}, with these environment variables for chromedriver and the browser it starts. */
    static ChromeDriver start(int width, int height, java.util.Map<String, String> environment) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and chromedriver must be installed on CI (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height);
        if (width < 500) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withEnvironment(environment).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Keeps the last page as {@code target/e2e/<name>-last-page.png}, to see where a failed run stopped, and quits. */
    static void close(@Nullable ChromeDriver browser, String name) throws IOException {
        if (browser != null) {
            Files.createDirectories(Path.of("target/e2e"));
            Files.write(Path.of("target/e2e/" + name + "-last-page.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }
}
