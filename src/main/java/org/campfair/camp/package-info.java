/**
 * Camps: dates, time zone, language and where each camp stands (draft, planning,
 * published). A camp started from an earlier one announces {@link org.campfair.camp.CampCopied}
 * so that the features owning its work plan and houses copy them in the same transaction.
 */
@ApplicationModule(displayName = "Camps")
@NullMarked
package org.campfair.camp;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
