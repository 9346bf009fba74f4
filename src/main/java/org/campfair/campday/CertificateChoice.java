package org.campfair.campday;

import java.time.LocalDate;

/**
 * What a participant's certificate page needs: the name they chose, whether a legal name is
 * on record at all (without it the certificate shows the nickname), and from which day of the
 * camp's time zone the certificate can be downloaded (the day after the camp's last day).
 */
public record CertificateChoice(CertificateName name, boolean legalNameKnown, LocalDate availableFrom,
        boolean available) {
}
