package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.campfair.importing.internal.FormulaGuard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+81 90", "-x", "@SUM(A1)", "\tcmd", "'=already quoted", "''@two quotes"})
    void formulaLikeCellsGetOneQuoteThatTheImporterTakesOff(String value) {
        String cell = FormulaGuard.guard(value);
        assertThat(cell).isEqualTo("'" + value);
        assertThat(FormulaGuard.unguard(cell)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mikan", "", "-33.62", "12", "it's", "'quoted", "a=b"})
    void plainCellsStayAsTheyAre(String value) {
        assertThat(FormulaGuard.guard(value)).isEqualTo(value);
        assertThat(FormulaGuard.unguard(value)).isEqualTo(value);
    }
}
