package org.campfair.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.campfair.camp.Camp;
import org.campfair.camp.CampStatus;
import org.junit.jupiter.api.Test;

class HostedCampsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 2027-11-05 in Tokyo (20:00 UTC on the 4th). */
    private static final Clock NOW = Clock.fixed(Instant.parse("2027-11-04T20:00:00Z"), ZoneOffset.UTC);

    private static Camp camp(long id, String start, String end, CampStatus status) {
        return new Camp(id, "Camp " + id, LocalDate.parse(start), LocalDate.parse(end), TOKYO, "ja", status, 0);
    }

    @Test
    void runningFirstThenComingSoonestFirstThenPastNewestFirstAndNoDrafts() {
        var running = camp(1, "2027-11-01", "2027-11-14", CampStatus.PUBLISHED);
        var nextYear = camp(2, "2028-11-01", "2028-11-14", CampStatus.PUBLISHED);
        var spring = camp(3, "2028-04-01", "2028-04-07", CampStatus.PUBLISHED);
        var lastYear = camp(4, "2026-11-01", "2026-11-14", CampStatus.PUBLISHED);
        var twoYearsAgo = camp(5, "2025-11-01", "2025-11-14", CampStatus.PUBLISHED);
        var draftCopy = camp(6, "2028-11-01", "2028-11-14", CampStatus.DRAFT);
        var planning = camp(7, "2027-12-01", "2027-12-07", CampStatus.PLANNING);

        var shown = HostedCamps.publishedInOrder(
                List.of(draftCopy, nextYear, twoYearsAgo, planning, lastYear, spring, running), NOW);

        assertThat(shown).containsExactly(running, spring, nextYear, lastYear, twoYearsAgo);
    }

    @Test
    void aCampIsOverOnlyAfterItsLastDayInItsOwnTimeZone() {
        // 20:00 UTC on the 4th is already the 5th in Tokyo, but still the 4th in UTC.
        var endedYesterdayInTokyo = camp(1, "2027-11-01", "2027-11-04", CampStatus.PUBLISHED);
        var coming = camp(2, "2027-12-01", "2027-12-07", CampStatus.PUBLISHED);
        var endsTodayInUtc = new Camp(3, "UTC camp", LocalDate.parse("2027-10-20"), LocalDate.parse("2027-11-04"),
                ZoneOffset.UTC, "en", CampStatus.PUBLISHED, 0);

        assertThat(HostedCamps.publishedInOrder(List.of(endedYesterdayInTokyo, coming, endsTodayInUtc), NOW))
                .containsExactly(endsTodayInUtc, coming, endedYesterdayInTokyo);
    }
}
