/**
 * What every feature uses: errors a caller can cause (not found, stale record, a refused
 * change with a translatable reason) and the application clock.
 */
@NullMarked
package org.campfair.shared;

import org.jspecify.annotations.NullMarked;
