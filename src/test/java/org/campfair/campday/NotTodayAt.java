package org.campfair.campday;

import java.time.Clock;
import org.campfair.campday.internal.NotTodayStore;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The app's "not today" with its clock standing where a test or benchmark needs it. */
public final class NotTodayAt {

    private NotTodayAt() {
    }

    public static NotTodayService clock(ApplicationContext app, Clock clock) {
        return new NotTodayService(app.getBean(NotTodayStore.class), app.getBean(CampAccess.class),
                app.getBean(AccountService.class), app.getBean(ParticipantService.class),
                app.getBean(RosterService.class), app.getBean(TransactionTemplate.class), clock, app);
    }
}
