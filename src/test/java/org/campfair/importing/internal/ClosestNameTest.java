package org.campfair.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNameTest {

    private static final List<String> SKILLS =
            List.of("food_hygiene", "cooking", "brush_cutter", "pruning", "first_aid", "driving");

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(ClosestName.distance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(ClosestName.distance("food_hygeine", "food_hygiene", 10)).isEqualTo(2);
        assertThat(ClosestName.distance("", "abc", 10)).isEqualTo(3);
        assertThat(ClosestName.distance("same", "same", 10)).isZero();
    }

    @Test
    void distanceStopsAtTheLimit() {
        assertThat(ClosestName.distance("pruning", "driving", 2)).isEqualTo(2);
        assertThat(ClosestName.distance("a", "a".repeat(1000), 3)).isEqualTo(3);
    }

    @Test
    void aTypoGetsTheClosestKnownSkill() {
        assertThat(ClosestName.within("food_hygeine", SKILLS, 2)).contains("food_hygiene");
        assertThat(ClosestName.within("cookin", SKILLS, 2)).contains("cooking");
        assertThat(ClosestName.within("Driving", SKILLS, 2)).contains("driving");
    }

    @Test
    void aFarOffOrKnownNameGetsNoSuggestion() {
        assertThat(ClosestName.within("chainsaw", SKILLS, 2)).isEmpty();
        assertThat(ClosestName.within("cooking", SKILLS, 2)).isEmpty();
        // pruning and driving are three edits apart: both are real skills of the sample camp.
        assertThat(ClosestName.within("pruning", List.of("driving"), 2)).isEmpty();
    }

    @Test
    void theFirstOfEquallyCloseNamesIsSuggested() {
        assertThat(ClosestName.within("cat", List.of("bat", "car"), 2)).contains("bat");
    }

    @Test
    void overlongNamesAreNotSearched() {
        String paragraph = "x".repeat(ClosestName.MAX_LENGTH + 1);
        assertThat(ClosestName.within(paragraph, List.of(paragraph + "y"), 5)).isEmpty();
    }

    @Test
    void longNamesMayBeFurtherOff() {
        assertThat(ClosestName.suggestionDistance("food_hygeine")).isEqualTo(3);
        assertThat(ClosestName.suggestionDistance("Yuzu harvest (upper grove)")).isEqualTo(6);
        assertThat(ClosestName.suggestionDistance("cat")).isEqualTo(2);
    }
}
