package org.campfair.calendar.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.HandMadeRosters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default app has no mail server: it starts, publishes, and queues no invite at all. */
@CampfairIntegrationTest
class MailOffByDefaultTest {

    @Autowired
    HandMadeRosters handMade;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MailReports reports;

    @Test
    void withoutSpringMailHostNothingIsQueuedOrSent() {
        var roster = handMade.create();

        roster.publish();

        assertThat(context.getBeanNamesForType(InviteSender.class)).isEmpty();
        assertThat(jdbc.sql("select count(*) from outgoing_mail where camp_id = ?").param(roster.campId)
                .query(Long.class).single()).isZero();
        assertThat(reports.of(roster.campId).mailEnabled()).isFalse();
    }
}
