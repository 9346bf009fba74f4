package org.campfair.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer <personal API token>} as the
 * token's account, with that account's role; the usual rules (CampAccess and the rest) then
 * apply unchanged. Spring Security's bearer support lives in the OAuth2 resource server,
 * built for JWTs or introspection at an authorization server, not for an opaque token
 * looked up in our own table, so this small filter does it. Unknown, revoked and expired
 * tokens get one and the same 401 and count as failures from the address.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final SignInThrottle throttle;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenService tokens, SignInThrottle throttle, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        var wait = throttle.waitBefore(null, address);
        if (!wait.isZero()) {
            entryPoint.commence(request, response, new SignInThrottledException(wait));
            return;
        }
        ApiTokenService.Holder holder;
        try {
            holder = tokens.holderOf(header.substring(BEARER.length()).strip()).orElse(null);
        } catch (RuntimeException e) {
            // The entry point tells an unreachable database (503) from anything else.
            entryPoint.commence(request, response,
                    new InternalAuthenticationServiceException("token look-up failed", e));
            return;
        }
        if (holder == null) {
            throttle.failed(null, address);
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Bad token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + holder.role().name()))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
