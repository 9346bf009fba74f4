package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A camp with bad rows is refused as a whole, with every problem named by file, row and column. */
@CampfairIntegrationTest
class CampImportRejectionTest {

    private static final List<String> FILES =
            List.of("camp.csv", "sites.csv", "houses.csv", "tasks.csv", "shifts.csv", "participants.csv");

    @Autowired
    CampImportService importer;
    @Autowired
    CampService camps;
    @Autowired
    JdbcClient jdbc;

    @Test
    void badCellsAndBrokenReferencesAreAllReportedAndNothingIsSaved() {
        var files = sampleFiles();
        files.put("participants.csv", replaceInLine(files.get("participants.csv"), 3, "2027-11-01", "2027-13-01"));
        files.put("houses.csv", replaceInLine(files.get("houses.csv"), 2, ",true,", ",maybe,"));
        long campsBefore = camps.list().size();
        long participantsBefore = count("participant");

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOfSatisfying(CampImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                        .contains(org.assertj.core.groups.Tuple.tuple("participants.csv", 3, "arrives_on"))
                        .anyMatch(t -> t.toList().get(0).equals("houses.csv")));

        assertThat(camps.list()).hasSize((int) campsBefore);
        assertThat(count("participant")).isEqualTo(participantsBefore);
    }

    @Test
    void aShiftOfAnUnknownTaskIsRefused() {
        var files = sampleFiles();
        files.put("shifts.csv", files.get("shifts.csv") + "Moon landing,2027-11-02,08:30,12:00,1,2,false\n");
        long shiftsBefore = count("shift");

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOf(CampImportException.class)
                .hasMessageContaining("shifts.csv row")
                .hasMessageContaining("no task 'Moon landing'");
        assertThat(count("shift")).isEqualTo(shiftsBefore);
    }

    @Test
    void aMissingFileIsNamed() {
        var files = sampleFiles();
        files.remove("tasks.csv");

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOf(CampImportException.class)
                .hasMessageContaining("tasks.csv row 0: file is missing");
    }

    @Test
    void aGoodCampImportsAsANewCamp() {
        long campsBefore = camps.list().size();
        long id = importer.importCamp(CampFiles.of(sampleFiles()));
        assertThat(camps.get(id).name()).startsWith("Yuzuhara");
        assertThat(camps.list()).hasSize((int) campsBefore + 1);
    }

    @Test
    void aMisspeltSkillIsRefusedWithTheClosestKnownSkillAndNothingIsSaved() {
        var files = sampleFiles();
        files.put("participants.csv", replaceInLine(files.get("participants.csv"), 4, "cooking;food_hygiene",
                "cooking;food_hygeine"));
        long campsBefore = camps.list().size();
        long participantsBefore = count("participant");

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOfSatisfying(CampImportException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    var problem = e.problems().getFirst();
                    assertThat(List.of(problem.file(), problem.row(), problem.column()))
                            .containsExactly("participants.csv", 4, "skills");
                    assertThat(problem.reason()).isEqualTo("unknown skill 'food_hygeine': no task needs it and it is"
                            + " not a known skill; did you mean 'food_hygiene'?");
                    assertThat(e).hasMessageStartingWith("Import refused, nothing was saved. 1 problem:");
                });

        assertThat(camps.list()).hasSize((int) campsBefore);
        assertThat(count("participant")).isEqualTo(participantsBefore);
    }

    @Test
    void aNewSkillFarFromEveryKnownOneIsAcceptedAsItIs() {
        var files = sampleFiles();
        files.put("participants.csv", replaceInLine(files.get("participants.csv"), 4, "cooking;food_hygiene",
                "cooking;food_hygiene;chainsaw"));

        long id = importer.importCamp(CampFiles.of(files));

        var skills = jdbc.sql("select array_to_string(skills, ';') from participant where camp_id = ? and nickname = 'Hana'")
                .param(id).query(String.class).single();
        assertThat(skills).isEqualTo("cooking;food_hygiene;chainsaw");
    }

    @Test
    void aMisspeltRequiredSkillIsReportedOnTheTaskNotOnItsHolders() {
        var files = sampleFiles();
        int line = lineOf(files.get("tasks.csv"), "Jam making,");
        files.put("tasks.csv", replaceInLine(files.get("tasks.csv"), line, ",food_hygiene,", ",food_hygeine,"));

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOfSatisfying(CampImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column,
                                ImportProblem::reason)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("tasks.csv", line, "required_skills",
                                "no participant has the skill 'food_hygeine'; did you mean 'food_hygiene'?")));
    }

    @Test
    void misspeltTaskNamesAndNicknamesSuggestTheClosestOne() {
        var files = sampleFiles();
        var participants = replaceInLine(files.get("participants.csv"), 4, "Jam making;Cooking for the group",
                "Jam makng;Cooking for the group");
        participants = replaceInLine(participants, 3, "Clearing the abandoned grove;", "Walking on the moon;");
        files.put("participants.csv", participants);
        files.put("shifts.csv", files.get("shifts.csv") + "jam making,2027-11-02,08:30,12:00,1,2,false\n");
        int shiftRow = (int) files.get("shifts.csv").lines().count();

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOfSatisfying(CampImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column,
                                ImportProblem::reason)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("shifts.csv", shiftRow, "task",
                                        "no task 'jam making' in tasks.csv; did you mean 'Jam making'?"),
                                org.assertj.core.groups.Tuple.tuple("participants.csv", 4, "liked_tasks",
                                        "no task 'Jam makng' in tasks.csv; did you mean 'Jam making'?"),
                                org.assertj.core.groups.Tuple.tuple("participants.csv", 3, "liked_tasks",
                                        "no task 'Walking on the moon' in tasks.csv")));
    }

    @Test
    void aMisspeltBuddyNicknameSuggestsTheClosestNickname() {
        var files = sampleFiles();
        var lines = files.get("participants.csv").split("\n", -1);
        // Hana (line 4) asks for Mikan (line 5) as a buddy, written with one letter wrong.
        var cells = lines[3].split(",", -1);
        cells[15] = "Mikam";
        lines[3] = String.join(",", cells);
        files.put("participants.csv", String.join("\n", lines));

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOfSatisfying(CampImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column,
                                ImportProblem::reason)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("participants.csv", 4, "buddies",
                                "no participant nicknamed 'Mikam'; did you mean 'Mikan'?")));
    }

    static Map<String, String> sampleFiles() {
        var source = CampFiles.classpath("sample-data");
        var files = new HashMap<String, String>();
        FILES.forEach(name -> files.put(name, source.read(name).orElseThrow()));
        return files;
    }

    /** Replaces text in one line; line 1 is the header. */
    private static String replaceInLine(String csv, int line, String from, String to) {
        var lines = csv.split("\n", -1);
        assertThat(lines[line - 1]).contains(from);
        lines[line - 1] = lines[line - 1].replaceFirst(java.util.regex.Pattern.quote(from), to);
        return String.join("\n", lines);
    }

    /** The line number (1 = header) of the first line that starts with {@code start}. */
    private static int lineOf(String csv, String start) {
        var lines = csv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
