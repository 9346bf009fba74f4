/** The participant's open-seats page and the organizers' self-service page. */
@NullMarked
package org.campfair.selfservice.ui;

import org.jspecify.annotations.NullMarked;
