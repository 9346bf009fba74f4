package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sample camp loads itself on first start with everything the CSV files hold. */
@CampfairIntegrationTest
class SampleCampImportTest {

    @Autowired
    CampService camps;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sampleCampIsLoadedOnFirstStart() {
        var sample = camps.list().stream().filter(c -> c.name().startsWith("Yuzuhara")).findFirst().orElseThrow();
        assertThat(sample.timeZone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(sample.days()).isEqualTo(14);
        assertThat(participants.listByCamp(sample.id())).hasSize(40);
        assertThat(count("select count(*) from house where camp_id = ?", sample.id())).isEqualTo(6);
        assertThat(count("""
                select count(*) from bed b join room r on r.id = b.room_id join house h on h.id = r.house_id
                where h.camp_id = ?""", sample.id())).isEqualTo(49);
        assertThat(count("select count(*) from shift s join task t on t.id = s.task_id where t.camp_id = ?",
                sample.id())).isEqualTo(171);
        assertThat(count("""
                select count(*) from participant_request r join participant p on p.id = r.participant_id
                where p.camp_id = ?""", sample.id())).isPositive();
    }

    private long count(String sql, long campId) {
        return jdbc.sql(sql).param(campId).query(Long.class).single();
    }
}
