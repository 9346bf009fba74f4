package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.campfair.roster.solver.Rule;
import org.junit.jupiter.api.Test;

class RuleNamesTest {

    @Test
    void everyRuleOfTheSolverHasANameInJapaneseAndKorean() {
        assertThat(Rule.values()).hasSize(21);
        for (Rule rule : Rule.values()) {
            String name = rule.constraintName();
            assertThat(RuleNames.of(Locale.ENGLISH, name)).as(name).isEqualTo(name);
            assertThat(RuleNames.of(Locale.JAPANESE, name)).as(name).isNotEqualTo(name).doesNotContain("!");
            assertThat(RuleNames.of(Locale.KOREAN, name)).as(name).isNotEqualTo(name).doesNotContain("!");
        }
        assertThat(RuleNames.of(Locale.JAPANESE, "Required seat is unfilled")).isEqualTo("必要な席が空いている");
        assertThat(RuleNames.of(Locale.JAPANESE, "No such rule")).isEqualTo("No such rule");
    }
}
