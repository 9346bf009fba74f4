/**
 * The organizer's page of calendar links, to pass on or re-issue.
 */
@NullMarked
package org.campfair.calendar.ui;

import org.jspecify.annotations.NullMarked;
