package org.campfair.campday.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import org.campfair.shared.security.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which name the participant chose for their certificate of participation, and when. */
@Component
class CertificateNamePersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    CertificateNamePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "certificateName";
    }

    @Override
    public Object about(long participantId) {
        return jdbc.sql("select legal_name, chosen_at from certificate_name_choice where participant_id = ?")
                .param(participantId)
                .query((rs, row) -> Map.of("legalName", rs.getBoolean(1),
                        "chosenAt", rs.getObject(2, OffsetDateTime.class)))
                .optional().map(Object.class::cast).orElse(Map.of());
    }
}
