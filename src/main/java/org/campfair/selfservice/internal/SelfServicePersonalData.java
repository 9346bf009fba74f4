package org.campfair.selfservice.internal;

import org.campfair.shared.security.PersonalDataSource;
import org.springframework.stereotype.Component;

/** The seats a participant took themselves, for their own export. */
@Component
class SelfServicePersonalData implements PersonalDataSource {

    private final SelfServiceStore store;

    SelfServicePersonalData(SelfServiceStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "selfService";
    }

    @Override
    public Object about(long participantId) {
        return store.ofParticipant(participantId);
    }
}
