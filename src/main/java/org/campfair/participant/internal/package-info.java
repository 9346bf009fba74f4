/**
 * Participant rows in PostgreSQL, with optimistic locking on every edit.
 */
@NullMarked
package org.campfair.participant.internal;

import org.jspecify.annotations.NullMarked;
