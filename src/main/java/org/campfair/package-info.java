/**
 * Campfair: fair rosters for volunteer work camps in rural villages. Each direct sub-
 * package is one feature; {@code shared} holds what all of them use.
 */
@NullMarked
package org.campfair;

import org.jspecify.annotations.NullMarked;
