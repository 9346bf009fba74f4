package org.campfair.campday;

import java.time.LocalDate;

/** A camp's certificates as its organizers' page shows them: from which day (camp time) they can be had. */
public record CampCertificates(String camp, LocalDate availableFrom, boolean available) {
}
