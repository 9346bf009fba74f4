/**
 * The page shell (Lumo and one plain stylesheet, server push), the main layout, the sign-
 * in page and the start page that sends each role to its own page.
 */
@NullMarked
package org.campfair.shared.ui;

import org.jspecify.annotations.NullMarked;
