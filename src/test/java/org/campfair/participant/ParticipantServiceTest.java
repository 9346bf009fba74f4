package org.campfair.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.StaleRecordException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CampfairIntegrationTest
class ParticipantServiceTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    CampImportService importer;

    private Participant mikan;

    @BeforeEach
    void importCamp() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        mikan = participants.listByCamp(campId).getFirst();
    }

    @Test
    void anEditIsSavedAndBumpsTheVersion() {
        var edited = participants.update(copyWithNickname(mikan, "Yuzu-chan"));
        assertThat(edited.nickname()).isEqualTo("Yuzu-chan");
        assertThat(edited.version()).isEqualTo(mikan.version() + 1);
        assertThat(participants.get(mikan.id()).nickname()).isEqualTo("Yuzu-chan");
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsRefused() {
        participants.update(copyWithNickname(mikan, "First"));

        assertThatThrownBy(() -> participants.update(copyWithNickname(mikan, "Second")))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(participants.get(mikan.id()).nickname()).isEqualTo("First");
    }

    private static Participant copyWithNickname(Participant p, String nickname) {
        return new Participant(p.id(), p.campId(), nickname, p.legalName(), p.email(), p.language(), p.gender(),
                p.arrivesOn(), p.departsOn(), List.copyOf(p.skills()), p.returning(), p.maxHoursPerDay(),
                p.intensityComfort(), p.needsPrivateRoom(), p.needsStepFree(), p.version());
    }
}
