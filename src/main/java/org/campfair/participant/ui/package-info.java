/**
 * A participant's own page: their published schedule, stay and calendar link.
 */
@NullMarked
package org.campfair.participant.ui;

import org.jspecify.annotations.NullMarked;
