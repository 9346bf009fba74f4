/**
 * Languages: Japanese, English and Korean message bundles behind Vaadin's I18NProvider and
 * the mail and calendar texts. Every key exists in all three bundles.
 */
@NamedInterface("i18n")
@NullMarked
package org.campfair.shared.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
