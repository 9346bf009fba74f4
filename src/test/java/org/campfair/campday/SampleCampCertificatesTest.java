package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.zip.ZipInputStream;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.HandMadeRosters;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures (prints, asserts no time) the certificates of the whole sample camp: its roster
 * published, every seat checked in as came, the camp over. Sizes per PDF and the time to build
 * the organizers' zip, warm and cold.
 */
@CampfairIntegrationTest
class SampleCampCertificatesTest {

    @Autowired
    HandMadeRosters rosters;
    @Autowired
    CertificateService certificates;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sizesAndTimeForTheSampleCamp() throws IOException {
        long campId = rosters.published().campId;
        jdbc.sql("""
                insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes, marked_at, version)
                select ps.shift_id, ps.seat, ps.participant_id, 'CAME',
                       extract(epoch from s.end_time - s.start_time)::int / 60, now(), 1
                from published_seat ps join shift s on s.id = ps.shift_id
                where ps.publication_id = (select max(id) from publication where camp_id = ?)""")
                .param(campId).update();
        EndedCamp.moveIntoThePast(jdbc, campId, 1);

        var times = new ArrayList<Long>();
        byte[] zip = null;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            zip = SignIn.as("organizer", Role.ORGANIZER, () -> certificates.certificates(campId));
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        var sizes = new IntSummaryStatistics();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                sizes.accept(in.readAllBytes().length);
            }
        }
        int participants = jdbc.sql("select count(*) from participant where camp_id = ?").param(campId)
                .query(Integer.class).single();
        assertThat(sizes.getCount()).isEqualTo(participants);
        System.out.printf("Sample camp certificates: %d PDFs, %,d-%,d bytes each (mean %,.0f), zip %,d bytes; "
                + "zip built in %s ms (first run, then warm)%n", sizes.getCount(), sizes.getMin(), sizes.getMax(),
                sizes.getAverage(), zip.length, times);
    }
}
