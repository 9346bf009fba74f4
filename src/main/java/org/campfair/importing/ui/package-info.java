/**
 * The organizer's import page: upload, preview with the problem grid, import, and the
 * download of any camp as a zip of its CSV files.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.importing.ui;
