package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Explanations in plain sentences, for solved camps and for camps that cannot be solved. */
@CampfairIntegrationTest
class RosterExplanationTest {

    @Autowired
    RosterService rosters;
    @Autowired
    CampImportService importer;

    @Test
    void aFeasibleRosterIsExplainedBySoftCostsOnly() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        var explanation = rosters.explain(campId);

        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.constraints()).isNotEmpty().allMatch(c -> c.level().equals("SOFT"));
        assertThat(explanation.reasons()).anyMatch(r -> r.sentence().startsWith("Work per day at camp ranges from"));
        var someone = explanation.reasons().stream().flatMap(r -> r.nicknames().stream()).findFirst().orElseThrow();
        assertThat(explanation.about(someone)).isNotEmpty().allMatch(r -> r.nicknames().contains(someone));
    }

    @Test
    void aSkillNobodyHasIsNamedInsteadOfFailing() {
        var files = sampleFiles();
        files.put("tasks.csv", files.get("tasks.csv")
                .replaceFirst("(?m)^(Jam making,[^\\n]*?,)food_hygiene,", "$1beekeeping,"));
        assertThat(files.get("tasks.csv")).contains("beekeeping");
        long campId = importer.importCamp(CampFiles.of(files));

        var explanation = rosters.explain(campId);

        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.constraints()).anyMatch(c -> c.level().equals("MEDIUM"));
        assertThat(explanation.reasons())
                .filteredOn(r -> "Jam making".equals(r.task()))
                .isNotEmpty()
                .allMatch(r -> r.sentence().contains("required seat(s) in Jam making unfilled: nobody in this camp "
                        + "has the skill 'beekeeping'"));
    }

    @Test
    void moreParticipantsThanBedsIsExplainedPerPerson() {
        var files = sampleFiles();
        var houses = files.get("houses.csv").lines().toList();
        files.put("houses.csv", String.join("\n", houses.subList(0, 4)) + "\n");
        long campId = importer.importCamp(CampFiles.of(files));

        var explanation = rosters.explain(campId);

        assertThat(explanation.reasons()).filteredOn(r -> r.constraint().equals("Volunteer has no bed"))
                .hasSize(40)
                .allMatch(r -> r.sentence().contains("the camp has") && r.sentence().contains("beds for 40 participants"));
    }

    private static Map<String, String> sampleFiles() {
        var source = CampFiles.classpath("sample-data");
        var files = new HashMap<String, String>();
        List.of("camp.csv", "sites.csv", "houses.csv", "tasks.csv", "shifts.csv", "participants.csv")
                .forEach(name -> files.put(name, source.read(name).orElseThrow()));
        return files;
    }
}
