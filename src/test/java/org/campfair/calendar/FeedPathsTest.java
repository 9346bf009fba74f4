package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The feed's path, its address and the token read back agree, whoever builds or reads them. */
class FeedPathsTest {

    private static final String TOKEN = "Zm9vYmFyLWJhei1xdXV4LWNhbXBmYWlyLWZlZWQtdG9r";

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void pathAndTokenRoundTrip() {
        assertThat(FeedPaths.path(TOKEN)).isEqualTo("/feeds/" + TOKEN + ".ics");
        assertThat(FeedPaths.token(FeedPaths.path(TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void urlIsAbsoluteUnderTheRequestsContextPath() {
        var request = new MockHttpServletRequest("GET", "/camp/api/camps/1/participants");
        request.setServerName("camp.example.org");
        request.setScheme("https");
        request.setServerPort(443);
        request.setContextPath("/camp");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(FeedPaths.url(TOKEN)).isEqualTo("https://camp.example.org/camp/feeds/" + TOKEN + ".ics");
    }

    @Test
    void otherPathsHaveNoToken() {
        assertThat(FeedPaths.token("/feeds/.ics")).isNull();
        assertThat(FeedPaths.token("/feeds/a/b.ics")).isNull();
        assertThat(FeedPaths.token("/feeds/abc;jsessionid=1.ics")).isNull();
        assertThat(FeedPaths.token("/feeds/abc.txt")).isNull();
        assertThat(FeedPaths.token("/api/abc.ics")).isNull();
    }

    @Test
    void anEscapedTokenIsReadDecoded() {
        assertThat(FeedPaths.token("/feeds/ab%2Dc.ics")).isEqualTo("ab-c");
    }
}
