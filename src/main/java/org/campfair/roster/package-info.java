/**
 * Rosters: solving in the background, explaining the score in sentences, hand edits and
 * pins, dropout re-plans, and publishing a frozen copy that calendars follow. The planning
 * model and the rules live in {@code model} and {@code solver}.
 */
@ApplicationModule(displayName = "Roster")
@NullMarked
package org.campfair.roster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
