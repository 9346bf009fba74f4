/**
 * Camp rows in PostgreSQL, with optimistic locking on every edit.
 */
@NullMarked
package org.campfair.camp.internal;

import org.jspecify.annotations.NullMarked;
