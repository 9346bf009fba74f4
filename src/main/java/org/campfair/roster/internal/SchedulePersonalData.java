package org.campfair.roster.internal;

import java.util.LinkedHashMap;
import org.campfair.roster.PublishedRosterService;
import org.campfair.shared.security.PersonalDataSource;
import org.springframework.stereotype.Component;

/** A participant's published schedule and bed, as they see them on their schedule page. */
@Component
class SchedulePersonalData implements PersonalDataSource {

    private final PublishedRosterService published;

    SchedulePersonalData(PublishedRosterService published) {
        this.published = published;
    }

    @Override
    public String section() {
        return "schedule";
    }

    @Override
    public Object about(long participantId) {
        var about = new LinkedHashMap<String, Object>();
        about.put("shifts", published.shiftsOf(participantId));
        about.put("stay", published.stayOf(participantId).orElse(null));
        return about;
    }
}
