/**
 * Camps: dates, time zone, language and where each camp stands (draft, planning,
 * published).
 */
@NullMarked
package org.campfair.camp;

import org.jspecify.annotations.NullMarked;
