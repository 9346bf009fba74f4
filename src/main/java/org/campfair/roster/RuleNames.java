package org.campfair.roster;

import java.util.Locale;
import org.campfair.roster.solver.Rule;
import org.campfair.shared.i18n.Translations;

/**
 * A rule's name in the reader's language. The solver knows each rule by its English name,
 * which stays the rule's id in the API and in the explanation records; {@link Rule} holds the
 * message key for every other language.
 */
public final class RuleNames {

    private RuleNames() {
    }

    public static String of(Locale locale, String constraintName) {
        return Rule.byConstraintName(constraintName)
                .map(rule -> Translations.text(locale, rule.messageKey()))
                .orElse(constraintName);
    }
}
