/**
 * The organizers' JSON API under /api (HTTP Basic), documented with OpenAPI: camps,
 * solving, publishing, rosters, explanations, hand edits and dropouts.
 */
@NullMarked
package org.campfair.api;

import org.jspecify.annotations.NullMarked;
