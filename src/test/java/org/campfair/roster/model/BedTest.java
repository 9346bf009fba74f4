package org.campfair.roster.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.shift;

import org.junit.jupiter.api.Test;

class BedTest {

    @Test
    void metresToIsTheStraightLineFromTheHouseToTheSite() {
        // Okada House and the upper yuzu grove of the sample camp, about 1.1 km apart.
        Bed okada = bed(1).at(33.6196, 134.0477).build();
        Shift upperGrove = shift(1, "Harvest", MONDAY, 9, 12).at("Upper grove", 33.6268, 134.0561).build();

        assertThat(okada.metresTo(upperGrove)).isBetween(1_100L, 1_120L);
        assertThat(bed(2).at(0, 0).build().metresTo(shift(2, "Harvest", MONDAY, 9, 12)
                .at("North", 1, 0).build())).isEqualTo(111_195);
        assertThat(bed(3).at(33.6268, 134.0561).build().metresTo(upperGrove)).isZero();
    }
}
