/**
 * Self-service: participants change the published roster themselves, within the solver's
 * rules. Open seats: a participant sees the seats they may take by every hard rule (required
 * ones first), with their hours per day at camp against the camp's fair share before and
 * after, and takes one with a tap; the roster feature checks and writes it and republishes,
 * so calendars and invites follow. Organizers switch it on or off per camp, set a freeze day
 * and a cap on extra hours, and see every change in an activity list.
 */
@ApplicationModule(displayName = "Self-service")
@NullMarked
package org.campfair.selfservice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
