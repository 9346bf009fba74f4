/**
 * Self-service: participants change the published roster themselves, within the solver's
 * rules. Open seats: a participant sees the seats they may take by every hard rule (required
 * ones first), with their hours per day at camp against the camp's fair share before and
 * after, and takes one with a tap; the roster feature checks and writes it and republishes,
 * so calendars and invites follow. Organizers switch it on or off per camp, set a freeze day
 * and a cap on extra hours, and see every change in an activity list. Give-aways and swaps
 * ({@link org.campfair.selfservice.SeatOfferService}) apply at once or, per camp, wait for an
 * organizer's approval. Waiting lists ({@link org.campfair.selfservice.WaitingListService}) hold
 * a freed seat of a full task for the next eligible person for a while; freed seats are found by
 * listening to the roster's publications. Recent changes that concern a participant
 * ({@link org.campfair.selfservice.ChangeNotices}) appear as a few lines on their schedule page
 * through the {@code news} interface.
 */
@ApplicationModule(displayName = "Self-service")
@NullMarked
package org.campfair.selfservice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
