package org.campfair.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesLfLinesAndQuotesOnlyWhatAReaderCouldMisread() {
        var csv = new CsvWriter(List.of("name", "note")).row(List.of("Mikan", "a, b"))
                .row(List.of("くま", "say \"hi\"")).row(List.of("two", "lines\nhere"));

        assertThat(csv.toString())
                .isEqualTo("name,note\nMikan,\"a, b\"\nくま,\"say \"\"hi\"\"\"\ntwo,\"lines\nhere\"\n");
    }

    @Test
    void guardsFormulaCellsAndKeepsNegativeNumbersReadable() {
        var csv = new CsvWriter(List.of("task", "longitude")).row(List.of("=HYPERLINK(\"x\")", "-134.05"));

        assertThat(csv.toString()).isEqualTo("task,longitude\n\"'=HYPERLINK(\"\"x\"\")\",-134.05\n");
    }

    @Test
    void anEmptyFirstCellAndLeadingSpacesAreQuotedSoTheyReadBackUnchanged() {
        // Commons CSV quotes these where the old writer did not: a row of one empty cell would
        // otherwise be a blank line, which readers skip.
        var csv = new CsvWriter(List.of("a", "b")).row(List.of("", "x")).row(List.of("")).row(List.of(" lead", "y"));

        assertThat(csv.toString()).isEqualTo("a,b\n\"\",x\n\"\"\n\" lead\",y\n");
        assertThat(CsvParser.parse(csv.toString())).containsExactly(List.of("a", "b"), List.of("", "x"), List.of(""),
                List.of(" lead", "y"));
    }
}
