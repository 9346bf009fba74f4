/**
 * A participant's own pages (published schedule, preferences with their change requests) and
 * the organizer's participant list and form with invitation links and request decisions.
 */
@NullMarked
package org.campfair.participant.ui;

import org.jspecify.annotations.NullMarked;
