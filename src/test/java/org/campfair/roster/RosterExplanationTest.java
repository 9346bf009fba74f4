package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        var explanation = rosters.explain(campId, Locale.ENGLISH);

        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.constraints()).isNotEmpty().allMatch(c -> c.level().equals("SOFT"));
        assertThat(explanation.reasons()).anyMatch(r -> r.sentence().startsWith("Work per day at camp ranges from"));
        var someone = explanation.reasons().stream().flatMap(r -> r.nicknames().stream()).findFirst().orElseThrow();
        assertThat(explanation.about(someone)).isNotEmpty().allMatch(r -> r.nicknames().contains(someone));
    }

    @Test
    void aSkillNobodyHasIsNamedInsteadOfFailing() {
        long campId = beekeepingCamp();

        var explanation = rosters.explain(campId, Locale.ENGLISH);

        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.constraints()).anyMatch(c -> c.level().equals("MEDIUM"));
        assertThat(explanation.reasons())
                .filteredOn(r -> "Jam making".equals(r.task()))
                .isNotEmpty()
                .allMatch(r -> r.sentence().matches("\\w{3} \\d{1,2} \\w{3}, \\d\\d:\\d\\d: \\d+ of \\d+ required seats? "
                        + "in Jam making unfilled: nobody in this camp has the skill 'beekeeping'"));
    }

    @Test
    void explanationsAreWrittenInJapaneseAndKoreanWithLocalDates() {
        long campId = beekeepingCamp();

        var japanese = rosters.explain(campId, Locale.JAPANESE).reasons().stream()
                .filter(r -> "Jam making".equals(r.task())).toList();
        var korean = rosters.explain(campId, Locale.forLanguageTag("ko-KR")).reasons().stream()
                .filter(r -> "Jam making".equals(r.task())).toList();

        assertThat(japanese).isNotEmpty().allMatch(r -> r.sentence().matches(
                "\\d{1,2}月\\d{1,2}日\\([月火水木金土日]\\) \\d\\d:\\d\\d：Jam makingの必要な\\d+席のうち\\d+席が空いています"
                        + "：このキャンプにはスキル「beekeeping」を持つ人がいません"));
        assertThat(korean).isNotEmpty().allMatch(r -> r.sentence().matches(
                "\\d{1,2}\\. \\d{1,2}\\. \\([월화수목금토일]\\) \\d\\d:\\d\\d: Jam making의 필수 자리 \\d+개 중 \\d+개가 비어 있습니다"
                        + ": 이 캠프에는 'beekeeping' 기술을 가진 사람이 없습니다"));
    }

    @Test
    void languagesCampfairDoesNotSpeakGetEnglish() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);

        var german = rosters.explain(campId, Locale.GERMAN);
        var japanese = rosters.explain(campId, Locale.JAPANESE);

        assertThat(german.reasons()).anyMatch(r -> r.sentence().startsWith("Work per day at camp ranges from"));
        assertThat(japanese.reasons()).anyMatch(r -> r.sentence().startsWith("キャンプ中の1日あたりの作業は"));
        assertThat(japanese.reasons()).hasSameSizeAs(german.reasons());
    }

    private long beekeepingCamp() {
        var files = sampleFiles();
        files.put("tasks.csv", files.get("tasks.csv")
                .replaceFirst("(?m)^(Jam making,[^\\n]*?,)food_hygiene,", "$1beekeeping,"));
        assertThat(files.get("tasks.csv")).contains("beekeeping");
        return importer.importCamp(CampFiles.of(files));
    }

    @Test
    void moreParticipantsThanBedsIsExplainedPerPerson() {
        var files = sampleFiles();
        var houses = files.get("houses.csv").lines().toList();
        files.put("houses.csv", String.join("\n", houses.subList(0, 4)) + "\n");
        long campId = importer.importCamp(CampFiles.of(files));

        var explanation = rosters.explain(campId, Locale.ENGLISH);

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
