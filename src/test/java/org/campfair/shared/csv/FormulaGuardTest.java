package org.campfair.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one guard every CSV writer uses: formula-like text gets a quote, numbers and names stay as they are. */
class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=1+2", "+49 30 1234567", "+81 90", "-cmd", "-x", "@SUM(A1:A9)", "\tcmd", "\rcmd",
        "-1e9", "'=already quoted", "''@two quotes"})
    void formulaLikeCellsGetOneQuoteThatTheImporterTakesOff(String value) {
        String cell = FormulaGuard.guard(value);
        assertThat(cell).isEqualTo("'" + value);
        assertThat(FormulaGuard.unguard(cell)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mikan", "Kuma", "熊谷 大輔", "", "-33.62", "-480", "12", "it's", "'quoted", "a=b"})
    void plainCellsStayAsTheyAre(String value) {
        assertThat(FormulaGuard.guard(value)).isEqualTo(value);
        assertThat(FormulaGuard.unguard(value)).isEqualTo(value);
    }
}
