package org.campfair.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.internal.SeatTakingStore;
import org.campfair.selfservice.OpenSeatCamps;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seat take rehearsals on real PostgreSQL: they run a take's checks through and write nothing. */
@CampfairIntegrationTest
class TakeWarmUpTest {

    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantSeats participantSeats;
    @Autowired
    SeatRepublishing seats;
    @Autowired
    SeatTakingStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublicationIsFollowedByRehearsedTakesThatWriteNothing() throws InterruptedException {
        long campId = openSeatCamps.publish().campId();
        String before = written(campId);
        var warmUp = new TakeWarmUp(participantSeats, seats, store, 3);
        try {
            warmUp.afterPublication(new RosterPublished(campId, 0, Instant.now(), false));
            assertThat(warmUp.awaitIdle(120_000)).isTrue();
            assertThat(warmUp.rehearsed()).as("takes checked through to the score").isEqualTo(3);
        } finally {
            warmUp.stop();
        }
        assertThat(written(campId)).as("seats, publications and activity as they were").isEqualTo(before);
    }

    @Test
    void atStartUpTheCampPublishedLastIsRehearsed() throws InterruptedException {
        openSeatCamps.publish();
        var warmUp = new TakeWarmUp(participantSeats, seats, store, 2);
        try {
            warmUp.atStartUp();
            // The worker looks the camp up, then queues the rehearsal behind the first wait.
            assertThat(warmUp.awaitIdle(120_000) && warmUp.awaitIdle(120_000)).isTrue();
            assertThat(warmUp.rehearsed()).isEqualTo(2);
        } finally {
            warmUp.stop();
        }
    }

    @Test
    void anOrganizersPublicationRefreshesThePlannersStatisticsAndAParticipantsOwnChangeDoesNot()
            throws InterruptedException {
        long campId = openSeatCamps.publish().campId();
        var warmUp = new TakeWarmUp(participantSeats, seats, store, 1);
        try {
            long before = analyzed();
            warmUp.afterPublication(new RosterPublished(campId, 0, Instant.now(), true));
            assertThat(warmUp.awaitIdle(120_000)).isTrue();
            assertThat(analyzed()).as("a take's own publication").isEqualTo(before);

            warmUp.afterPublication(new RosterPublished(campId, 0, Instant.now(), false));
            assertThat(warmUp.awaitIdle(120_000)).isTrue();
            assertThat(analyzed()).as("an organizer's publication").isGreaterThan(before);
        } finally {
            warmUp.stop();
        }
    }

    @Test
    void takesTheRulesRefuseAreNotCountedAsRehearsed() {
        long unpublished = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        var warmUp = new TakeWarmUp(participantSeats, seats, store, 3);
        try {
            assertThat(warmUp.rehearse(unpublished, 3)).as("nothing published, nothing to take").isZero();
        } finally {
            warmUp.stop();
        }
    }

    @Test
    void refusesACountOutsideItsBounds() {
        assertThatThrownBy(() -> new TakeWarmUp(participantSeats, seats, store, -1))
                .hasMessageContaining("campfair.self-service.warm-up-takes");
        assertThatThrownBy(() -> new TakeWarmUp(participantSeats, seats, store, TakeWarmUp.MAX_TAKES + 1))
                .hasMessageContaining("between 0 and " + TakeWarmUp.MAX_TAKES);
    }

    /** How many times the working roster's seats were analysed by hand (not by autovacuum). */
    private long analyzed() {
        return jdbc.sql("select analyze_count from pg_stat_user_tables where relname = 'seat_assignment'")
                .query(Long.class).single();
    }

    /** What a take writes, counted: working seats, publications and their seats, the activity list. */
    private String written(long campId) {
        return jdbc.sql("""
                select (select count(*) from seat_assignment a join shift s on s.id = a.shift_id
                        join task t on t.id = s.task_id where t.camp_id = :camp and a.participant_id is not null)
                    || '/' || (select count(*) from publication where camp_id = :camp)
                    || '/' || (select count(*) from publication_seat_change c join publication p
                        on p.id = c.publication_id where p.camp_id = :camp)
                    || '/' || (select count(*) from self_service_change where camp_id = :camp)""")
                .param("camp", campId).query(String.class).single();
    }
}
