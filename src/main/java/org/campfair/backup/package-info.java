/**
 * Backups of the whole database, for an association that runs the embedded default on one
 * machine: on demand (a staff organizer's page and the API) and daily, as zip files in
 * {@code campfair.data-dir}/backups, and a restore into a fresh data folder on start
 * ({@code campfair.restore-from}).
 */
@ApplicationModule(displayName = "Backups")
@NullMarked
package org.campfair.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
