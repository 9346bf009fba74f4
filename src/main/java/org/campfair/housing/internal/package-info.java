/**
 * House, room and bed rows in PostgreSQL, with optimistic locking on every edit, and the copy
 * of a camp's houses into a camp started from it.
 */
@NullMarked
package org.campfair.housing.internal;

import org.jspecify.annotations.NullMarked;
