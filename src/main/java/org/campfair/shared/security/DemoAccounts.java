package org.campfair.shared.security;

import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the default profile: organizer, host and participant, each with the
 * password "demo". The participant account is the first participant of the first camp.
 * Never created in the production profile.
 */
@Component
@Profile("!production")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String PASSWORD = "demo";

    private final AccountService accounts;
    private final CampService camps;
    private final ParticipantService participants;
    private final JdbcClient jdbc;

    DemoAccounts(AccountService accounts, CampService camps, ParticipantService participants, JdbcClient jdbc) {
        this.accounts = accounts;
        this.camps = camps;
        this.participants = participants;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists("organizer")) {
            accounts.create("organizer", PASSWORD, Role.ORGANIZER, null, null);
        }
        var firstCamp = camps.list().stream().findFirst();
        if (!accounts.exists("host")) {
            Long village = jdbc.sql("select min(id) from host_village").query(Long.class).optional().orElse(null);
            accounts.create("host", PASSWORD, Role.HOST, null, village);
        }
        if (!accounts.exists("participant")) {
            Long participant = firstCamp.flatMap(camp -> participants.listByCamp(camp.id()).stream().findFirst())
                    .map(p -> p.id()).orElse(null);
            accounts.create("participant", PASSWORD, Role.PARTICIPANT, participant, null);
        }
        log.info("Demo accounts ready: organizer, host, participant (password 'demo')");
    }
}
