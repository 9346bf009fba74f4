/**
 * What every feature uses: errors a caller can cause (not found, stale record) and the
 * application clock.
 */
@NullMarked
package org.campfair.shared;

import org.jspecify.annotations.NullMarked;
