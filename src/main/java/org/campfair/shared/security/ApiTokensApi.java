package org.campfair.shared.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.campfair.shared.web.JsonApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every account's own personal API tokens, as on the page me/api-tokens: list, create (the
 * secret is in the answer once), revoke. Another account's token is "not found".
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/me/api-tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API tokens", description = "Any account: its own personal API tokens")
class ApiTokensApi {

    private final ApiTokenService tokens;

    ApiTokensApi(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** A new token's name and, optionally, for how many days it is valid (1 to 366; none: until revoked). */
    record NewTokenBody(@Nullable String name, @Nullable Integer validForDays) {
    }

    record CreatedToken(long id, String name, String token, Instant createdAt, @Nullable Instant expiresAt) {
    }

    @GetMapping
    @Operation(summary = "My tokens: name, created, last used (to the minute), expiry; never the secret")
    List<ApiToken> mine() {
        return tokens.mine();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token; the secret is in this answer only (at most 10 tokens per account)")
    CreatedToken create(@RequestBody NewTokenBody body) {
        var created = tokens.create(body.name() == null ? "" : body.name(),
                body.validForDays() == null ? null : Duration.ofDays(body.validForDays()));
        var token = created.token();
        return new CreatedToken(token.id(), token.name(), created.secret(), token.createdAt(), token.expiresAt());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of my tokens; it stops working at once")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
