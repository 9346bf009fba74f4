package org.campfair.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A shift of a host village's task with the nicknames of who is coming (published roster). */
public record VillageShift(String task, String site, LocalDate day, LocalTime start, LocalTime end,
        int minHeadcount, int maxHeadcount, List<String> nicknames) {
}
