/**
 * Participants of a camp: nickname (the only name others see), organizer-only details,
 * stay, skills, needs and wishes. Participants edit their own preferences; once the roster is
 * published a change waits as a change request until an organizer accepts or declines it.
 */
@ApplicationModule(displayName = "Participants")
@NullMarked
package org.campfair.participant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
