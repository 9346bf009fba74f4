package org.campfair.shared.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.campfair.shared.ui.LoginView;
import org.campfair.shared.web.DatabaseAwareEntryPoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Four doors: the JSON API (HTTP Basic, organizers only, no session), the actuator (health
 * open for load balancers, metrics for organizers), the calendar feeds and API docs (open; a
 * feed's secret token is its only credential) and the Vaadin UI (form login, views guarded
 * by their own annotations).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http,
            @Value("${campfair.db.retry-after-seconds:10}") long retryAfterSeconds) throws Exception {
        return stateless(http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ORGANIZER_NAME))
                // Accounts live in the database: while it is away, say 503, not "wrong password".
                .httpBasic(basic -> basic.authenticationEntryPoint(new DatabaseAwareEntryPoint(retryAfterSeconds))));
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ORGANIZER_NAME))
                .httpBasic(Customizer.withDefaults()));
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
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        // Our plain stylesheet is public like Vaadin's own static files; the login page needs it too.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/campfair.css").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
