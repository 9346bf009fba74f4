/**
 * Vacant houses, their rooms (private, step-free, quiet, room rules) and beds, set up by the
 * organizer through {@link org.campfair.housing.HousingService}.
 */
@ApplicationModule(displayName = "Housing")
@NullMarked
package org.campfair.housing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
