package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.campfair.importing.internal.CsvParser;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        var records = CsvParser.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
        assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"));
    }

    @Test
    void byteOrderMarkEmptyFieldsAndBlankLines() {
        var records = CsvParser.parse("\uFEFFname,skills\n\nMikan,\n,\n");
        assertThat(records).containsExactly(List.of("name", "skills"), List.of("Mikan", ""), List.of("", ""));
    }

    @Test
    void lastRecordWithoutLineBreak() {
        assertThat(CsvParser.parse("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void unclosedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvParser.parse("a\n\"open"))
                .hasMessageContaining("quoted field is not closed");
        assertThatThrownBy(() -> CsvParser.parse("a,b\n1,\"open\n2,3\n"))
                .isInstanceOf(CampFileRefusedException.class)
                .hasMessageContaining("quoted field is not closed");
    }

    @Test
    void emptyTrailingFieldsAreKeptAsEmptyFields() {
        assertThat(CsvParser.parse("a,b,c\n1,,\n\"\",\"\",\"\"\n"))
                .containsExactly(List.of("a", "b", "c"), List.of("1", "", ""), List.of("", "", ""));
    }

    @Test
    void raggedRowsAreReadAsTheyAreForTheTableToJudge() {
        assertThat(CsvParser.parse("a,b,c\n1,2\n1,2,3,4\n"))
                .containsExactly(List.of("a", "b", "c"), List.of("1", "2"), List.of("1", "2", "3", "4"));
    }

    @Test
    void quotesInsideAnUnquotedFieldAndAfterAClosingQuoteAreText() {
        // Spreadsheets show such cells as typed; refusing the whole file for them would help nobody.
        assertThat(CsvParser.parse("a\"b,\"ab\"cd\n")).containsExactly(List.of("a\"b", "abcd"));
    }

    @Test
    void aLoneCarriageReturnEndsARecordAndALineOfSpacesIsARecord() {
        assertThat(CsvParser.parse("a,b\r1,2\r   \r")).containsExactly(List.of("a", "b"), List.of("1", "2"),
                List.of("   "));
    }
}
