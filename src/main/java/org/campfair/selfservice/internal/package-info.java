/** Storage of the self-service settings per camp and of the activity list. */
@NullMarked
package org.campfair.selfservice.internal;

import org.jspecify.annotations.NullMarked;
