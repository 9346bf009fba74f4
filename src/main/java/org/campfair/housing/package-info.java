/**
 * Vacant houses, their rooms (private, step-free, quiet, room rules) and beds, set up by the
 * organizer through {@link org.campfair.housing.HousingService}.
 */
@NullMarked
package org.campfair.housing;

import org.jspecify.annotations.NullMarked;
