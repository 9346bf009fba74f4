/**
 * Camps in and out as CSV files in the sample-data format (see sample-data/README.md).
 * {@link org.campfair.importing.CampImportService} previews a set of files (counts and every
 * problem by file, row and column) and imports it all or nothing;
 * {@link org.campfair.importing.CampExportService} writes a camp back out so that importing
 * the export gives the same files again. Cells a spreadsheet would run as formulas leave
 * with a guarding quote that the importer takes off.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import and export")
@org.jspecify.annotations.NullMarked
package org.campfair.importing;
