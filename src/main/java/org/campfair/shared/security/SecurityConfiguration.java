package org.campfair.shared.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.campfair.shared.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Four doors: the JSON API (personal API tokens or HTTP Basic, no session, cross-site
 * changes refused, sign-in failures throttled; organizers for the camps they organize,
 * participants for their own data under /api/me), the actuator (health open for load
 * balancers, metrics for organizers), the calendar feeds and API docs (open; a feed's secret
 * token is its only credential) and the Vaadin UI (form login, views guarded by their own
 * annotations, camp pages by {@link CampAccess}). Every door sends the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Vaadin's client engine evaluates server-sent JavaScript and its components set inline
     * styles and data: icons, so 'unsafe-eval', 'unsafe-inline' and data: stay; everything
     * else is this origin only, and no other site may frame Campfair.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CampAccess access, ApiTokenService tokens, SignInThrottle throttle,
            AuthenticationManager signIn, @Value("${campfair.db.retry-after-seconds:10}") long retryAfterSeconds)
            throws Exception {
        AuthorizationManager<RequestAuthorizationContext> organizerOfTheCamp = (authentication, context) ->
                new AuthorizationDecision(access.mayOrganize(authentication.get(), context.getVariables().get("campId")));
        var entryPoint = new ApiEntryPoint(retryAfterSeconds);
        return stateless(signIn(http.securityMatcher("/api/**"), signIn, tokens, throttle, entryPoint)
                // Before any credential check: a foreign page's request is refused without costing a hash.
                .addFilterBefore(new CrossSiteRequestFilter(), BearerTokenFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/me/api-tokens", "/api/me/api-tokens/**", "/api/me/data").authenticated()
                        .requestMatchers("/api/me", "/api/me/**").hasRole(Role.PARTICIPANT.name())
                        // Hosts read their village's part of today's board; the service scopes it.
                        .requestMatchers(HttpMethod.GET, "/api/camps/{campId}/today")
                        .hasAnyRole(Role.ORGANIZER_NAME, Role.HOST.name())
                        .requestMatchers("/api/camps/{campId}", "/api/camps/{campId}/**").access(organizerOfTheCamp)
                        .anyRequest().hasRole(Role.ORGANIZER_NAME)));
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, ApiTokenService tokens, SignInThrottle throttle,
            AuthenticationManager signIn, @Value("${campfair.db.retry-after-seconds:10}") long retryAfterSeconds)
            throws Exception {
        return stateless(signIn(http.securityMatcher("/actuator/**"), signIn, tokens, throttle,
                new ApiEntryPoint(retryAfterSeconds))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ORGANIZER_NAME)));
    }

    /**
     * Machine clients sign in with a personal API token (Bearer) or, for compatibility, HTTP
     * Basic; both are throttled after failures, and every refusal is a JSON problem.
     */
    private static HttpSecurity signIn(HttpSecurity http, AuthenticationManager signIn, ApiTokenService tokens,
            SignInThrottle throttle, ApiEntryPoint entryPoint) throws Exception {
        return http.authenticationManager(signIn)
                .addFilterBefore(new BearerTokenFilter(tokens, throttle, entryPoint), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint));
    }

    @Bean
    @Order(3)
    SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
        return stateless(http
                .securityMatcher("/feeds/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll()));
    }

    /**
     * Machine clients (API, actuator, calendar programs) send credentials or a token with every
     * request: no session to keep, and no CSRF token, which only protects cookie sessions.
     */
    private static SecurityFilterChain stateless(HttpSecurity http) throws Exception {
        return headers(http).csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager signIn) throws Exception {
        // Our plain stylesheet is public like Vaadin's own static files; the login page needs it too.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/campfair.css").permitAll());
        // A throttled sign-in goes back to the login page with its own message. Vaadin's configurer
        // sets up the form at build time and keeps a failure handler that is already there.
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?" + LoginView.LOCKED));
        // Vaadin's configurer keeps Spring Security's CSRF protection for the login form and
        // leaves Vaadin's own requests to Vaadin's per-UI CSRF token.
        return headers(http).authenticationManager(signIn)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .formLogin(form -> form.failureHandler(failures))
                .build();
    }

    /**
     * Spring Security already sends nosniff, X-Frame-Options DENY, no-store caching and HSTS
     * (on HTTPS requests only, as browsers ignore it on plain HTTP); we add the CSP and a
     * referrer policy that keeps paths (and feed tokens in them) to this origin.
     */
    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
    }

    /**
     * bcrypt by default, with the {id} prefix so hashes can move to a stronger encoder later.
     * Spring's DaoAuthenticationProvider checks a dummy hash for unknown usernames, so an
     * unknown user costs the same bcrypt work as a wrong password.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Every username-and-password check (form login, HTTP Basic) goes through the sign-in
     * throttle; each chain names this manager, as Spring would otherwise build its own.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountService accounts, PasswordEncoder passwords,
            SignInThrottle throttle) {
        var checkPassword = new DaoAuthenticationProvider(accounts);
        checkPassword.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledSignIn(checkPassword, throttle));
    }
}
