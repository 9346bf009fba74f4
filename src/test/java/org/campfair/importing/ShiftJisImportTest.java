package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.CampfairIntegrationTest;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * A participants.csv saved by a Japanese Excel: Shift_JIS (windows-31j) bytes, CRLF line
 * ends, Japanese nicknames including an NEC extension character (①). It must import as
 * the same text, buddies and avoid lists included.
 */
@CampfairIntegrationTest
class ShiftJisImportTest {

    private static final List<String> OTHER_FILES = List.of("camp.csv", "sites.csv", "houses.csv", "tasks.csv",
            "shifts.csv");

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;

    @Test
    void aShiftJisParticipantsFileImportsWithItsJapaneseNicknames() throws IOException {
        byte[] shiftJis = new ClassPathResource("importing/shift-jis/participants.csv").getContentAsByteArray();
        Map<String, String> files = sampleFilesWithout();
        CampArchive.add(files, "participants.csv", shiftJis);

        long campId = importer.importCamp(CampFiles.of(files));

        var nicknames = participants.listByCamp(campId).stream().map(Participant::nickname).toList();
        assertThat(nicknames).hasSize(40).contains("くま", "タカ", "はなちゃん", "雪", "なな①", "ミンジュン", "凪");
    }

    @Test
    void aFileInNeitherEncodingIsRefusedByName() {
        Map<String, String> files = sampleFilesWithout();
        byte[] latin1 = "nickname,legal_name\nJos\u00e9,Jos\u00e9 \u00c5str\u00f6m\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] broken = new byte[latin1.length + 2];
        System.arraycopy(latin1, 0, broken, 0, latin1.length);
        broken[latin1.length] = (byte) 0x80;
        broken[latin1.length + 1] = (byte) 0xFF;
        assertThatThrownBy(() -> CampArchive.add(files, "participants.csv", broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("participants.csv")
                .hasMessageContaining("neither UTF-8 nor Shift_JIS");
    }

    private static Map<String, String> sampleFilesWithout() {
        var files = new HashMap<String, String>();
        var sample = CampFiles.classpath("sample-data");
        OTHER_FILES.forEach(name -> files.put(name, sample.read(name).orElseThrow()));
        return files;
    }
}
