/**
 * The organizer's set-up of a camp's houses, rooms and beds.
 */
@NullMarked
package org.campfair.housing.ui;

import org.jspecify.annotations.NullMarked;
