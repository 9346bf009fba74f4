/**
 * The organizer's list of camps.
 */
@NullMarked
package org.campfair.camp.ui;

import org.jspecify.annotations.NullMarked;
