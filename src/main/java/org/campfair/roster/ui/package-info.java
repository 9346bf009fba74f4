/**
 * The organizer's roster page: solve live, the roster by day and by bed, the solver's
 * reasons, a fairness chart and the changes publishing would make.
 */
@NullMarked
package org.campfair.roster.ui;

import org.jspecify.annotations.NullMarked;
