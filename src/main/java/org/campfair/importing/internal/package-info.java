/**
 * The CSV reading, checking, writing and the SQL behind import and export; only the
 * services in {@code org.campfair.importing} use it.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.importing.internal;
