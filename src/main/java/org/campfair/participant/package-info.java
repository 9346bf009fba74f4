/**
 * Participants of a camp: nickname (the only name others see), organizer-only details,
 * stay, skills, needs and wishes.
 */
@NullMarked
package org.campfair.participant;

import org.jspecify.annotations.NullMarked;
