package org.campfair.shared.security;

import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.db.StartupSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the default profile: organizer (of every camp), host and participant,
 * each with the password "demo". The participant account is the first participant of the
 * first camp. Switched by {@code campfair.demo-accounts.enabled}; the production profile
 * refuses to start with it on ({@link ProductionGuard}).
 */
@Component
@ConditionalOnProperty(name = DemoAccounts.ENABLED, havingValue = "true", matchIfMissing = true)
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String ENABLED = "campfair.demo-accounts.enabled";
    static final String PASSWORD = "demo";
    static final String[] USERNAMES = {"organizer", "host", "participant"};

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final CampService camps;
    private final ParticipantService participants;
    private final JdbcClient jdbc;
    private final StartupSeeding seeding;

    DemoAccounts(AccountService accounts, CampService camps, ParticipantService participants, JdbcClient jdbc,
            StartupSeeding seeding) {
        this.accounts = accounts;
        this.camps = camps;
        this.participants = participants;
        this.jdbc = jdbc;
        this.seeding = seeding;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeding.inTurn(this::createMissing);
        log.info("Demo accounts ready: organizer, host, participant (password 'demo')");
    }

    private void createMissing() {
        if (!accounts.exists("organizer")) {
            accounts.createStaffOrganizer("organizer", PASSWORD);
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
    }
}
