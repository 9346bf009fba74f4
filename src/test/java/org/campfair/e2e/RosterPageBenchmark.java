package org.campfair.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How fast the roster page of the L camp (750 participants, 14 days) draws its first screen
 * in headless Chromium: from navigation until the first nicknames show. Prints numbers and
 * asserts nothing about time; runs only with {@code ./mvnw -Pbench verify}.
 */
@CampfairIntegrationTest
class RosterPageBenchmark {

    private static final int RUNS = 5;

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    @Test
    void firstScreenOfTheLargeCampsRoster() {
        Path folder = Path.of("target/bench/camps/L-seed1-ui");
        CampGenerator.generate(CampSize.L, 1).writeTo(folder);
        long campId = importer.importCamp(CampFiles.directory(folder));
        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, Duration.ofMinutes(5));

        ChromeDriver browser = Browser.start();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            PhoneChecks.signIn(browser, wait, "http://localhost:" + port + "/login", "organizer", "demo");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));

            List<Long> firstScreen = new ArrayList<>();
            List<Long> stays = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                browser.get("http://localhost:" + port + "/camps/" + campId + "/roster");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid-cell-content .seat")));
                firstScreen.add((System.nanoTime() - start) / 1_000_000);

                start = System.nanoTime();
                browser.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Stays']")).click();
                wait.until(ExpectedConditions.textMatches(By.tagName("body"), java.util.regex.Pattern.compile("→")));
                stays.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.printf("BENCH-UI size=L participants=750 first_screen_ms_median=%d first_screen_ms=%s "
                    + "stays_tab_ms_median=%d stays_tab_ms=%s%n", median(firstScreen), firstScreen, median(stays), stays);
        } finally {
            browser.quit();
        }
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
