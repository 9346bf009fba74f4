/** The staff organizers' backups page. */
@NullMarked
package org.campfair.backup.ui;

import org.jspecify.annotations.NullMarked;
