package org.campfair.campday;

import java.time.LocalDate;

/** A camp one may open today's board of, with its dates. */
public record TodayCamp(long campId, String name, LocalDate startsOn, LocalDate endsOn) {
}
