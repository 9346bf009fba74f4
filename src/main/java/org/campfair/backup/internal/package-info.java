/** How a backup is written and read back: the zip format, the folder, and the restore on start. */
@NullMarked
package org.campfair.backup.internal;

import org.jspecify.annotations.NullMarked;
