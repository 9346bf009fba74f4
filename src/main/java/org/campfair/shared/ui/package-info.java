/**
 * The page shell (Lumo and one plain stylesheet, server push), the main layout, the sign-
 * in page, the start page that sends each role to its own page, and the grid-and-form editor
 * the set-up pages share.
 */
@NullMarked
package org.campfair.shared.ui;

import org.jspecify.annotations.NullMarked;
