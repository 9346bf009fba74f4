/** Storage of check-ins and of the camps' check-in code secrets. */
@NullMarked
package org.campfair.campday.internal;

import org.jspecify.annotations.NullMarked;
