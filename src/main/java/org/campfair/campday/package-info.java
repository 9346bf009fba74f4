/**
 * Camp days: what happens during the camp, after the roster is published. Check-in per
 * published seat (came, came late, left early, did not come) with confirmed hours, marked by
 * the camp's organizers, the host village of the shift or the shift's lead, or by the
 * participant scanning the shift's QR code at the site. Today's board: the camp's day at a
 * glance (shifts now and next with their marks, empty required seats, arrivals, departures,
 * houses tonight, who said "not today") for organizers and, scoped to their village, hosts;
 * day sheets to print. "Not today": a participant (or an organizer for them) says they cannot
 * come today or tomorrow; after publication that starts a re-plan of the rest of that day and
 * the next, which an organizer publishes (or the camp publishes by itself, when allowed and
 * nobody else's day changed).
 */
@ApplicationModule(displayName = "Camp days")
@NullMarked
package org.campfair.campday;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
