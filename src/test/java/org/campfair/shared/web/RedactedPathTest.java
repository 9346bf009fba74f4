package org.campfair.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactedPathTest {

    @Test
    void feedInvitationAndSetUpSecretsAreCutOut() {
        assertThat(RedactedPath.of("/feeds/Zj4xh3qsQPctIgX6Gs4MPOk7zYh4rN3qna0sk5cSl8Y.ics")).isEqualTo("/feeds/…");
        assertThat(RedactedPath.of("/join/abcDEF123_-xyz")).isEqualTo("/join/…");
        assertThat(RedactedPath.of("/setup/abcDEF123_-xyz")).isEqualTo("/setup/…");
    }

    @Test
    void otherPathsStayAsTheyAre() {
        assertThat(RedactedPath.of("/api/camps/3/roster")).isEqualTo("/api/camps/3/roster");
    }
}
