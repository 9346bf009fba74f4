package org.campfair.shared.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it later: everything but the secret, which is shown once. */
public record ApiToken(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt) {
}
