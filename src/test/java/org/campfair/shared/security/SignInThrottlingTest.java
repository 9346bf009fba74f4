package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed sign-ins over real HTTP: HTTP Basic, the login form and API tokens slow down and
 * lock per account and per address, known and unknown accounts alike. Each test comes from
 * its own address (X-Forwarded-For, which the app trusts from a local proxy) and uses its own
 * accounts, so the shared application's other tests are not throttled.
 */
@CampfairIntegrationTest
class SignInThrottlingTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private Http http() {
        return new Http(port);
    }

    private static String newAddress() {
        return "198.51.100." + ADDRESSES.getAndIncrement();
    }

    private String newAccount() {
        String username = "thr-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "the-right-password", Role.ORGANIZER, null, null);
        return username;
    }

    private HttpResponse<String> basic(String credentials, String address) throws Exception {
        return http().send(http().request("/api/camps", credentials).header("X-Forwarded-For", address).GET().build());
    }

    @Test
    void thirtyWrongPasswordsLockTheAccountEvenForTheRightPasswordAndUnknownNamesAlike() throws Exception {
        String known = newAccount();
        String unknown = "thr-nobody-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> knownAnswers = new ArrayList<>();
        List<Integer> unknownAnswers = new ArrayList<>();
        HttpResponse<String> lastKnown = null;
        HttpResponse<String> lastUnknown = null;
        for (int i = 0; i < 30; i++) {
            lastKnown = basic(known + ":wrong-" + i, newAddress());
            knownAnswers.add(lastKnown.statusCode());
            lastUnknown = basic(unknown + ":wrong-" + i, newAddress());
            unknownAnswers.add(lastUnknown.statusCode());
        }
        // Ten free failures, then refused; a slow machine may earn back one try (one per 30 s) on the way.
        for (var answers : List.of(knownAnswers, unknownAnswers)) {
            assertThat(answers.subList(0, 10)).containsOnly(401);
            assertThat(answers.subList(15, 30)).as("an unknown name is throttled exactly like a known one")
                    .containsOnly(429);
        }
        assertThat(lastKnown.headers().firstValue("Retry-After")).isPresent();
        long retryAfter = Long.parseLong(lastKnown.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(lastKnown.body().replaceAll("\"instance\":\"[^\"]*\"", ""))
                .isEqualTo(lastUnknown.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
        assertThat(lastKnown.body()).contains("\"status\":429");

        var right = basic(known + ":the-right-password", newAddress());
        assertThat(right.statusCode()).as("the right password while locked").isEqualTo(429);
        assertThat(right.body()).isEqualTo(lastKnown.body());
        // The same lock holds at the login form, with its own message on the login page.
        var form = postLogin(known, "the-right-password", newAddress());
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
    }

    @Test
    void oneAddressLetsOtherAccountsSignInUntilItsOwnHigherLimit() throws Exception {
        String address = newAddress();
        String colleague = newAccount();
        for (int i = 0; i < 49; i++) {
            // Someone in the camp office mistypes names, each of which stays below the account limit.
            assertThat(basic("thr-typo-" + i + ":wrong", address).statusCode()).isEqualTo(401);
        }
        assertThat(basic(colleague + ":the-right-password", address).statusCode()).isEqualTo(200);
        // The address earns back one failure every 2 s, so on a slow machine it may take a few more.
        assertThat(failuresUntilRefused(() -> basic("thr-typo-more:wrong", address))).isBetween(1, 30);
        assertThat(basic(colleague + ":the-right-password", address).statusCode())
                .as("after the address's 50 failures").isEqualTo(429);
        assertThat(basic(colleague + ":the-right-password", newAddress()).statusCode())
                .as("from elsewhere").isEqualTo(200);
    }

    @Test
    void badBearerTokensCountAgainstTheAddress() throws Exception {
        String address = newAddress();
        var counter = new AtomicInteger();
        int failures = failuresUntilRefused(() -> http().send(http().request("/api/camps", null)
                .header("X-Forwarded-For", address).header("Authorization", "Bearer cf_guess" + counter.incrementAndGet())
                .GET().build()));
        assertThat(failures).isBetween(50, 80);
    }

    interface Attempt {
        HttpResponse<String> send() throws Exception;
    }

    /** How many 401s come before the first 429 (at most 100 tries). */
    private static int failuresUntilRefused(Attempt attempt) throws Exception {
        for (int i = 0; i < 100; i++) {
            int status = attempt.send().statusCode();
            if (status == 429) {
                return i;
            }
            assertThat(status).isEqualTo(401);
        }
        throw new AssertionError("never refused");
    }

    private HttpResponse<String> postLogin(String username, String password, String address) throws Exception {
        var page = http().send(http().request("/login", null).header("X-Forwarded-For", address).GET().build());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        return http().send(http().request("/login", null).header("X-Forwarded-For", address)
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)).build());
    }
}
