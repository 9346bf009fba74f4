/**
 * What every feature uses: errors a caller can cause (not found, stale record, a refused
 * change with a translatable reason) and the application clock. Its sub-packages i18n, security,
 * ui and web are named interfaces every feature may use; of db only {@link
 * org.campfair.shared.db.StartupSeeding}. Shared imports no feature.
 */
@ApplicationModule(displayName = "Shared")
@NullMarked
package org.campfair.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
