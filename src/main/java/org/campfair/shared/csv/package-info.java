/**
 * What every CSV file Campfair writes has in common: no cell a spreadsheet would run as a
 * formula. The camp export, the confirmed hours and the demo-data generator all write through
 * {@link org.campfair.shared.csv.FormulaGuard}, and the camp import reads the guard back.
 */
@NamedInterface("csv")
@NullMarked
package org.campfair.shared.csv;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
