/**
 * The page shell (Lumo and one plain stylesheet, server push), the main layout with its
 * language switcher, the sign-in and invitation pages, the start page that sends each role to
 * its own page, the per-UI set-up (language, camp guard) and the grid-and-form editor the
 * set-up pages share.
 */
@NullMarked
package org.campfair.shared.ui;

import org.jspecify.annotations.NullMarked;
