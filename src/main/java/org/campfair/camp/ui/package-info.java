/**
 * The organizer's camps: the list, a new camp (empty or copied from an earlier one) and a
 * camp's settings (name, dates, time zone, language).
 */
@NullMarked
package org.campfair.camp.ui;

import org.jspecify.annotations.NullMarked;
