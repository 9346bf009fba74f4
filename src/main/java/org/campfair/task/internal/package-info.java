/**
 * Village, site, task and shift rows in PostgreSQL, with optimistic locking on every edit,
 * and the copy of a camp's work plan into a new camp.
 */
@NullMarked
package org.campfair.task.internal;

import org.jspecify.annotations.NullMarked;
