package org.campfair.shared.security;

import java.time.Instant;

/**
 * An open invitation as the invitee sees it before choosing a username: which camp, which
 * role and whom it links to (a participant's nickname or a village's name, never more).
 */
public record Invitation(long campId, Role role, String linksTo, Instant expiresAt) {
}
