package org.campfair.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.campfair.importing.ImportProblem;
import org.junit.jupiter.api.Test;

/** Row and column numbers in import problems, whatever the CSV reader does with the text. */
class CsvTableTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    @Test
    void aShortRowReportsItsMissingCellsAndALongRowIgnoresTheExtraOnes() {
        var table = CsvTable.read("tasks.csv", "task,site,intensity\nWeeding,Field\nCooking,Kitchen,light,extra\n",
                List.of("task", "site", "intensity"), problems);

        assertThat(table.rows().get(0).required("intensity")).isNull();
        assertThat(table.rows().get(1).required("intensity")).isEqualTo("light");
        assertThat(problems)
                .containsExactly(new ImportProblem("tasks.csv", 2, "intensity", "importing.problem.required"));
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemWhenACellHoldsALineBreak() {
        var table = CsvTable.read("tasks.csv", "\uFEFFtask,description,min\r\nWeeding,\"bring\r\ngloves\",1\r\n"
                + "Cooking,,x\r\n", List.of("task", "description", "min"), problems);

        assertThat(table.rows().get(0).text("description")).isEqualTo("bring\r\ngloves");
        assertThat(table.rows().get(1).integer("min", 0, 9)).isNull();
        assertThat(problems).containsExactly(
                new ImportProblem("tasks.csv", 3, "min", "importing.problem.wholeNumber", "x"));
    }

    @Test
    void anUnclosedQuoteIsOneProblemForTheWholeFile() {
        var table = CsvTable.read("shifts.csv", "task,date\nWeeding,\"2027-08-02\n", List.of("task", "date"), problems);

        assertThat(table.rows()).isEmpty();
        assertThat(problems).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::key).containsExactly(
                tuple("shifts.csv", 0, "importing.problem.unclosedQuote"),
                tuple("shifts.csv", 1, "importing.problem.emptyFile"));
    }
}
