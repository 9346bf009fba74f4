package org.campfair.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.campfair.calendar.FeedPaths;
import org.campfair.calendar.FeedTokenService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the "I can't come today" browser tests share: the absent participant reaching their
 * schedule on a phone, and their calendar feed after the re-plan is published.
 */
record AbsenceSteps(int port, JdbcClient jdbc, AccountService accounts, FeedTokenService feeds) {

    /**
     * Gives the participant an account of their own with English pages, signs in with it at
     * their schedule and returns the "I can't come today" button once it can be tapped.
     */
    WebElement openScheduleAs(long participantId, ChromeDriver browser, WebDriverWait wait) {
        jdbc.sql("update participant set language = 'en' where id = ?").param(participantId).update();
        String username = "absent" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(username, "a-long-password", Role.PARTICIPANT, participantId, null));
        PhoneChecks.signIn(browser, wait, url("/me"), username, "a-long-password");
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)=\"I can't come today\"]")));
    }

    /**
     * The participant's calendar feed once it carries a cancelled event, or as it is after a
     * minute: the calendars follow a publication in the background, right after it commits.
     */
    HttpResponse<String> feedOnceCancelled(long participantId) throws IOException, InterruptedException {
        String token = SignIn.asTheApp(() -> feeds.tokenFor(participantId));
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(url(FeedPaths.path(token)))).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var feed = client.send(request, HttpResponse.BodyHandlers.ofString());
        while (!feed.body().contains("STATUS:CANCELLED") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            feed = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return feed;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
