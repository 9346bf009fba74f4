/**
 * The page shell (Lumo and one plain stylesheet, server push), the main layout with its
 * language switcher, the sign-in and invitation pages, the start page that sends each role to
 * its own page, the per-UI set-up (language, camp guard), the grid-and-form editor the
 * set-up pages share, and the texts date pickers and uploads draw themselves in the page's
 * language ({@link org.campfair.shared.ui.WidgetLanguage}).
 */
@NamedInterface("ui")
@NullMarked
package org.campfair.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
