package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * {@link RunAs} within a page's request, where Vaadin's security holder reads the sign-in from
 * the Vaadin session before the thread's own: the app's work must still run with nobody signed
 * in, and the page's user is signed in again afterwards.
 */
@CampfairIntegrationTest
class RunAsInAPageTest extends SpringBrowserlessTest {

    @Test
    void theAppRunsWithNobodySignedInEvenWhereTheVaadinSessionHoldsTheSignIn() {
        var participant = UsernamePasswordAuthenticationToken.authenticated("mikan", null,
                List.of(new SimpleGrantedAuthority("ROLE_PARTICIPANT")));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(participant);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the page's user, from the session")
                .isSameAs(participant);

        assertThat(RunAs.theApp(() -> SecurityContextHolder.getContext().getAuthentication())).isNull();

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(participant);
        assertThat(VaadinSession.getCurrent()).as("the page's session, back").isNotNull();
    }
}
