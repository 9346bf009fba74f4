/**
 * The embedded PostgreSQL of the default profile and the tests: real PostgreSQL binaries
 * from Maven, used only when no datasource URL is configured.
 */
@NullMarked
package org.campfair.shared.db;

import org.jspecify.annotations.NullMarked;
