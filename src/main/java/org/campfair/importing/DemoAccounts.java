package org.campfair.importing;

import static org.campfair.shared.security.DemoCredentials.HOST;
import static org.campfair.shared.security.DemoCredentials.ORGANIZER;
import static org.campfair.shared.security.DemoCredentials.PARTICIPANT;
import static org.campfair.shared.security.DemoCredentials.PASSWORD;

import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.db.StartupSeeding;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.DemoCredentials;
import org.campfair.shared.security.Role;
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
 * first camp, so they come after the sample camp ({@link SampleCampLoader}). Switched by
 * {@code campfair.demo-accounts.enabled}; the production profile refuses to start with it on.
 */
@Component
@ConditionalOnProperty(name = DemoCredentials.ENABLED, havingValue = "true", matchIfMissing = true)
@Order(10)
class DemoAccounts implements ApplicationRunner {

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
        if (!accounts.exists(ORGANIZER)) {
            accounts.createStaffOrganizer(ORGANIZER, PASSWORD);
        }
        var firstCamp = camps.list().stream().findFirst();
        if (!accounts.exists(HOST)) {
            Long village = jdbc.sql("select min(id) from host_village").query(Long.class).optional().orElse(null);
            accounts.create(HOST, PASSWORD, Role.HOST, null, village);
        }
        if (!accounts.exists(PARTICIPANT)) {
            Long participant = firstCamp.flatMap(camp -> participants.listByCamp(camp.id()).stream().findFirst())
                    .map(p -> p.id()).orElse(null);
            accounts.create(PARTICIPANT, PASSWORD, Role.PARTICIPANT, participant, null);
        }
    }
}
