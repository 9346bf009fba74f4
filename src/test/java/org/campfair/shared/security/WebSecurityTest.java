package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Security headers, CSRF, sign-in without user enumeration and the session timeout, over real HTTP. */
@CampfairIntegrationTest
class WebSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    private Http http() {
        return new Http(port);
    }

    @Test
    void everyDoorSendsTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/", "/campfair.css", "/api/camps", "/feeds/unknown.ics",
                "/actuator/health", "/join/unknown"}) {
            var response = http().get(path, null);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(
                    SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        }
    }

    @Test
    void hstsIsSentWhenTheProxyReportsHttps() throws Exception {
        for (String path : new String[] {"/login", "/api/camps"}) {
            var response = http().send(http().request(path, null).header("X-Forwarded-Proto", "https").GET().build());
            assertThat(response.headers().allValues("Strict-Transport-Security")).as(path)
                    .containsExactly("max-age=31536000 ; includeSubDomains");
        }
    }

    /**
     * Vaadin's own requests carry Vaadin's per-UI token (Vaadin checks it); any other
     * state-changing request to the UI, such as signing out, needs Spring Security's CSRF token. (Vaadin's configurer exempts the
     * login form itself, as its login component posts a plain form.)
     */
    @Test
    void statefulUiRequestsNeedTheCsrfTokenOfTheirSession() throws Exception {
        var page = loginPage();
        var signedIn = postLogin("organizer", "demo", page.cookie(), page.csrf());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(page.cookie());

        var withoutToken = http().send(http().request("/logout", null).header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    void unknownUsersAndWrongPasswordsLookTheSameAndCostTheSameWork() throws Exception {
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        HttpResponse<String> lastUnknown = null;
        HttpResponse<String> lastWrong = null;
        for (int i = 0; i < 5; i++) {
            var page = loginPage();
            long start = System.nanoTime();
            lastUnknown = postLogin("nobody-" + i, "some-password", page.cookie(), page.csrf());
            unknown.add(System.nanoTime() - start);
            page = loginPage();
            start = System.nanoTime();
            lastWrong = postLogin("organizer", "some-password", page.cookie(), page.csrf());
            wrong.add(System.nanoTime() - start);
        }
        assertThat(lastUnknown.statusCode()).isEqualTo(lastWrong.statusCode()).isEqualTo(302);
        assertThat(lastUnknown.headers().firstValue("Location")).isEqualTo(lastWrong.headers().firstValue("Location"));
        assertThat(lastUnknown.body()).isEqualTo(lastWrong.body());
        // Printed, not asserted: timings on a shared machine are a measurement, not a test.
        System.out.printf("LOGIN median unknown user %d ms, wrong password %d ms%n", median(unknown) / 1_000_000,
                median(wrong) / 1_000_000);

        var apiUnknown = http().get("/api/camps", "nobody:some-password");
        var apiWrong = http().get("/api/camps", "organizer:some-password");
        assertThat(apiUnknown.statusCode()).isEqualTo(apiWrong.statusCode()).isEqualTo(401);
        assertThat(apiUnknown.body().replaceAll("\"timestamp\":\"[^\"]+\"", ""))
                .isEqualTo(apiWrong.body().replaceAll("\"timestamp\":\"[^\"]+\"", ""));
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutes() throws Exception {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        var page = loginPage();
        assertThat(page.cookie()).startsWith("JSESSIONID=");
    }

    /**
     * Both cost the same work: our accounts and password encoder behind Spring's sign-in check
     * run exactly one password check for an unknown user (against a dummy hash) as for a known one.
     */
    @Test
    void unknownUsersCostOnePasswordCheckLikeWrongPasswords() {
        var checks = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }
        };
        var signIn = new DaoAuthenticationProvider(accounts);
        signIn.setPasswordEncoder(counting);

        for (String username : new String[] {"nobody-at-all", "organizer"}) {
            checks.set(0);
            assertThatThrownBy(() -> signIn.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "some-password")))
                    .isInstanceOf(BadCredentialsException.class);
            assertThat(checks).as(username).hasValue(1);
        }
    }

    @Test
    void everyPageNamesAFaviconThatIsServedToAnyone() throws Exception {
        var login = http().get("/login", null);
        assertThat(login.body()).contains("icons/favicon.svg");
        var icon = http().get("/icons/favicon.svg", null);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    record LoginPage(String cookie, String csrf) {
    }

    private static final Pattern CSRF = Pattern.compile("_csrf\"\\s+content=\"([^\"]+)\"|\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");

    /** The login page with its session cookie and the CSRF token Spring Security put in it. */
    private LoginPage loginPage() throws Exception {
        var response = http().get("/login", null);
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        var matcher = CSRF.matcher(response.body());
        assertThat(matcher.find()).as("CSRF token in the login page").isTrue();
        return new LoginPage(cookie, matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    private HttpResponse<String> postLogin(String username, String password, String cookie, String csrf)
            throws Exception {
        String form = "username=" + username + "&password=" + password + (csrf == null ? "" : "&_csrf=" + csrf);
        var request = http().request("/login", null).header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http().send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
