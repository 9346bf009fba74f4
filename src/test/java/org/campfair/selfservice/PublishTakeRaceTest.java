package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organizer publishes a change of the working roster at the same moment as a participant
 * takes an open seat, on real PostgreSQL, a few rounds: whichever comes second sees the first.
 * The latest publication holds both the organizer's seat and the participant's, and the working
 * roster equals it: nothing is lost.
 */
@CampfairIntegrationTest
class PublishTakeRaceTest {

    private static final int ROUNDS = 4;

    @Autowired
    OpenSeatCamps camps;
    @Autowired
    RosterService rosters;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishAndATakeAtTheSameMomentBothLandInTheLatestPublication() throws Exception {
        var camp = camps.publish();
        long kuma = OpenSeatCamp.participant(jdbc, camp.campId(), "Kuma");
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long harvest = OpenSeatCamp.shift(jdbc, camp.campId(), "Yuzu harvest (riverside grove)", 2 * round);
                long jam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 2 * round + 2);
                // The organizer's unpublished change, published in the race.
                jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                        .params(harvest, kuma).update();
                var start = new CountDownLatch(1);
                var publish = pool.submit(() -> {
                    start.await();
                    return SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(camp.campId()));
                });
                var take = pool.submit(() -> {
                    start.await();
                    return SignIn.as(camp.hanaAccount(), Role.PARTICIPANT, () -> openSeats.take(camp.hana(), jam));
                });
                start.countDown();
                publish.get();
                assertThat(take.get().seat().shiftId()).isEqualTo(jam);

                long latest = camp.latestPublication(jdbc);
                assertThat(holders(latest, harvest)).as("round %d: the organizer's seat", round).contains(kuma);
                assertThat(holders(latest, jam)).as("round %d: the participant's seat", round).contains(camp.hana());
                assertThat(published(latest)).as("round %d: working roster = latest publication", round)
                        .isEqualTo(working(camp.campId()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Long> holders(long publicationId, long shiftId) {
        return jdbc.sql("select participant_id from published_seat where publication_id = ? and shift_id = ?")
                .params(publicationId, shiftId).query(Long.class).list();
    }

    private HashSet<String> published(long publicationId) {
        return new HashSet<>(jdbc.sql("""
                select shift_id || '/' || seat || '/' || participant_id from published_seat where publication_id = ?""")
                .param(publicationId).query(String.class).list());
    }

    private HashSet<String> working(long campId) {
        return new HashSet<>(jdbc.sql("""
                select a.shift_id || '/' || a.seat || '/' || a.participant_id from seat_assignment a
                join shift s on s.id = a.shift_id join task t on t.id = s.task_id
                where t.camp_id = ? and a.participant_id is not null""")
                .param(campId).query(String.class).list());
    }
}
