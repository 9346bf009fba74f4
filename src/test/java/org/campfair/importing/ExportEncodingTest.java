package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.campfair.importing.internal.CsvEncoding;
import org.campfair.shared.RefusedChangeException;
import org.junit.jupiter.api.Test;

/** Export bytes Excel on Japanese Windows opens right, and that the import reads back. */
class ExportEncodingTest {

    private static final String JAPANESE = "nickname,legal_name\nHana,山田 花\n";

    @Test
    void utf8StartsWithTheByteOrderMarkExcelNeedsAndReadsBack() {
        byte[] bytes = ExportEncoding.UTF8_BOM.encode("participants.csv", JAPANESE);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(CsvEncoding.decode("participants.csv", bytes)).isEqualTo(JAPANESE);
    }

    @Test
    void shiftJisHoldsJapaneseAndReadsBack() {
        byte[] bytes = ExportEncoding.SHIFT_JIS.encode("participants.csv", JAPANESE);
        assertThat(bytes).as("two bytes for each of the three kanji").hasSize(JAPANESE.length() + 3);
        assertThat(CsvEncoding.decode("participants.csv", bytes)).isEqualTo(JAPANESE);
    }

    @Test
    void whatShiftJisCannotHoldIsNamedWithItsFileAndLine() {
        assertThatThrownBy(() -> ExportEncoding.SHIFT_JIS.encode("participants.csv", JAPANESE + "Minjun,김민준\n"))
                .isInstanceOfSatisfying(RefusedChangeException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("importing.export.notShiftJis");
                    assertThat(refused.arguments()).containsExactly("participants.csv", 3, "김");
                });
    }
}
