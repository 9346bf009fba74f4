package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class RunAsTest {

    private final Authentication organizer = UsernamePasswordAuthenticationToken.authenticated("organizer", null,
            List.of());

    @BeforeEach
    void signIn() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(organizer);
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAppRunsWithNobodySignedInAndPutsTheSignInBack() {
        var seen = RunAs.theApp(() -> SecurityContextHolder.getContext().getAuthentication());

        assertThat(seen).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(organizer);
    }

    @Test
    void signedInRunsAsTheGivenPersonAndPutsTheSignInBackWhenTheWorkFails() {
        var viewer = UsernamePasswordAuthenticationToken.authenticated("host", null, List.of());

        assertThat(RunAs.signedIn(viewer, () -> SecurityContextHolder.getContext().getAuthentication()))
                .isSameAs(viewer);
        assertThatThrownBy(() -> RunAs.theApp((Runnable) () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(organizer);
    }
}
