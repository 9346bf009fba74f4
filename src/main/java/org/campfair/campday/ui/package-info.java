/** Camp-day pages, phone first: a shift's check-in, its QR code, and the page a scan opens. */
@NullMarked
package org.campfair.campday.ui;

import org.jspecify.annotations.NullMarked;
