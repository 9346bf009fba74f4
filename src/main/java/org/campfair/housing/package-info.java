/**
 * Vacant houses, their rooms (private, step-free, quiet, room rules) and beds.
 */
@NullMarked
package org.campfair.housing;

import org.jspecify.annotations.NullMarked;
