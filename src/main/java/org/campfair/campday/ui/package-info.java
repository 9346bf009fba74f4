/**
 * Camp-day pages, phone first: a shift's check-in, its QR code, the page a scan opens, today's
 * board (kept current by server push) and the printable day sheets.
 */
@NullMarked
package org.campfair.campday.ui;

import org.jspecify.annotations.NullMarked;
