/**
 * The one place where database rows become the planning model and solutions become rows
 * again; the solver beans and the explanation writer.
 */
@NullMarked
package org.campfair.roster.internal;

import org.jspecify.annotations.NullMarked;
