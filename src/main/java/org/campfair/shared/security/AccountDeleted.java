package org.campfair.shared.security;

import org.jspecify.annotations.Nullable;

/**
 * An account was deleted by its holder. Published inside the deletion's transaction, so a
 * feature that keeps something about the person (feeds to revoke, personal data to erase
 * once their camps are over) does it all-or-nothing with the deletion itself.
 *
 * @param participantId the participant the account was linked to, if it was a participant's
 */
public record AccountDeleted(Role role, @Nullable Long participantId) {
}
