package org.campfair.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A fixed three-shift feed for a work camp in Japan, shared by the writer's tests. */
final class TokyoCampFeed {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Japanese text with a comma and a semicolon, long enough to need folding. */
    static final CalendarEntry RICE_PLANTING = new CalendarEntry(
            "shift-101@campfair.org",
            "田植え, 第2班; 集合は駐車場",
            "長靴と帽子を持ってきてください。\n雨の場合は公民館で苗の仕分けをします; 昼食は各自",
            "棚田, 上の段",
            null,
            null,
            LocalDateTime.of(2026, 5, 16, 8, 30),
            LocalDateTime.of(2026, 5, 16, 12, 0),
            Instant.parse("2026-04-30T09:15:00Z"),
            2);

    /** The one shift with a position. */
    static final CalendarEntry TRAIL_REPAIR = new CalendarEntry(
            "shift-102@campfair.org",
            "Trail repair",
            "Bring gloves.",
            "Yoshida trail, 5th station",
            35.3925,
            138.7326,
            LocalDateTime.of(2026, 5, 16, 13, 0),
            LocalDateTime.of(2026, 5, 16, 17, 30),
            Instant.parse("2026-04-28T01:00:00Z"),
            0);

    /** Starts at the same time as RICE_PLANTING, so the uid decides the order. */
    static final CalendarEntry KITCHEN = new CalendarEntry(
            "shift-100@campfair.org",
            "Kitchen duty",
            "",
            "",
            null,
            null,
            LocalDateTime.of(2026, 5, 16, 8, 30),
            LocalDateTime.of(2026, 5, 16, 10, 0),
            Instant.parse("2026-04-29T23:59:59Z"),
            1);

    private TokyoCampFeed() {
    }

    /** The entries deliberately out of order, to show that the writer sorts them. */
    static CalendarFeed feed() {
        return new CalendarFeed("Campfair – Fuji 2026 (Aiko)", TOKYO, List.of(TRAIL_REPAIR, RICE_PLANTING, KITCHEN));
    }
}
