package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.campfair.roster.solver.RosterWeights;
import org.junit.jupiter.api.Test;

class RuleNamesTest {

    private static final Pattern HARD_AND_MEDIUM_RULE = Pattern.compile("asConstraint\\(\"([^\"]+)\"\\)");

    @Test
    void everyRuleOfTheSolverHasANameInJapaneseAndKorean() throws IOException {
        var names = new TreeSet<String>();
        var matcher = HARD_AND_MEDIUM_RULE.matcher(Files.readString(
                Path.of("src/main/java/org/campfair/roster/solver/RosterConstraintProvider.java")));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        Arrays.stream(RosterWeights.values()).map(RosterWeights::constraintName).forEach(names::add);

        assertThat(names).hasSize(21);
        for (String name : names) {
            assertThat(RuleNames.of(Locale.ENGLISH, name)).as(name).isEqualTo(name);
            assertThat(RuleNames.of(Locale.JAPANESE, name)).as(name).isNotEqualTo(name).doesNotContain("!");
            assertThat(RuleNames.of(Locale.KOREAN, name)).as(name).isNotEqualTo(name).doesNotContain("!");
        }
        assertThat(RuleNames.of(Locale.JAPANESE, "Required seat is unfilled")).isEqualTo("必要な席が空いている");
    }
}
