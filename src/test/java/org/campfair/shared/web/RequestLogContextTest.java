package org.campfair.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What a request's log lines carry: its id and its camp's id, only while it is served. */
class RequestLogContextTest {

    private final RequestLogContext filter = new RequestLogContext();

    @Test
    void aCampRequestCarriesItsIdsAndAProxysIdIsKept() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/camps/42/roster");
        request.addHeader("X-Request-Id", "edge-7f3a.1");
        var response = new MockHttpServletResponse();

        var seen = serve(request, response);

        assertThat(seen).containsEntry("requestId", "edge-7f3a.1").containsEntry("campId", "42");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("edge-7f3a.1");
        assertThat(MDC.getCopyOfContextMap()).as("nothing left on the thread").isNullOrEmpty();
    }

    @Test
    void anUnfitIdIsReplacedAndAPageWithoutACampHasNoCampId() throws Exception {
        var request = new MockHttpServletRequest("GET", "/me/schedule");
        request.addHeader("X-Request-Id", "<script>alert(1)</script>\nforged log line");
        var response = new MockHttpServletResponse();

        var seen = serve(request, response);

        assertThat(seen.get("requestId")).matches("[0-9a-f]{16}");
        assertThat(seen).doesNotContainKey("campId");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(seen.get("requestId"));
        var page = serve(new MockHttpServletRequest("GET", "/camps/7/roster"), new MockHttpServletResponse());
        assertThat(page).containsEntry("campId", "7");
        assertThat(page.get("requestId")).isNotEqualTo(seen.get("requestId"));
    }

    private Map<String, String> serve(MockHttpServletRequest request, MockHttpServletResponse response)
            throws Exception {
        var seen = new HashMap<String, String>();
        filter.doFilter(request, response, (req, res) -> seen.putAll(MDC.getCopyOfContextMap()));
        return seen;
    }
}
