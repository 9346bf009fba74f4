package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;

@CampfairIntegrationTest
class InvitationServiceTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcClient jdbc;

    private long campId;
    private Participant invitee;

    @BeforeEach
    void freshCamp() {
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        invitee = participants.listByCamp(campId).getFirst();
    }

    private static String username() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aParticipantInvitationCreatesALinkedAccountOnce() {
        String token = invitations.inviteParticipant(campId, invitee.id());
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(invitations.open(token)).hasValueSatisfying(i -> {
            assertThat(i.role()).isEqualTo(Role.PARTICIPANT);
            assertThat(i.linksTo()).isEqualTo(invitee.nickname());
        });

        String username = username();
        invitations.accept(token, username, "a-good-long-password");
        assertThat(accounts.participantOf(username)).contains(invitee.id());
        assertThat(accounts.hasPassword(username, "a-good-long-password")).isTrue();
        assertThat(accounts.loadUserByUsername(username).getPassword()).startsWith("{bcrypt}");

        assertThat(invitations.open(token)).as("single use").isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, username(), "another-long-password"))
                .isInstanceOf(InvitationException.class).hasMessage("login.join.invalidLink");
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        String token = invitations.inviteParticipant(campId, invitee.id());
        var stored = jdbc.sql("select token_hash from invitation where participant_id = ?").param(invitee.id())
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(InvitationService.hash(token));
        assertThat(jdbc.sql("select count(*) from invitation where encode(token_hash, 'escape') like ?")
                .param("%" + token + "%").query(Long.class).single()).isZero();
    }

    @Test
    void anExpiredLinkDoesNotWork() {
        String token = invitations.inviteParticipant(campId, invitee.id());
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where token_hash = ?")
                .param(InvitationService.hash(token)).update();
        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, username(), "a-good-long-password"))
                .isInstanceOf(InvitationException.class).hasMessage("login.join.invalidLink");
        assertThat(invitations.open("not-a-token")).isEmpty();
    }

    @Test
    void aHostInvitationLinksTheVillage() {
        var village = invitations.villagesOf(campId).getFirst();
        String token = invitations.inviteHost(campId, village.id());
        String username = username();
        invitations.accept(token, username, "a-good-long-password");
        assertThat(accounts.villageOf(username)).contains(village.id());
        assertThat(accounts.participantOf(username)).isEmpty();
    }

    @Test
    void badUsernamesAndPasswordsAreRefusedWithoutUsingTheLink() {
        String token = invitations.inviteParticipant(campId, invitee.id());
        assertThatThrownBy(() -> invitations.accept(token, "x", "a-good-long-password"))
                .isInstanceOf(InvitationException.class).hasMessage("login.join.usernameFormat");
        assertThatThrownBy(() -> invitations.accept(token, username(), "short"))
                .isInstanceOf(InvitationException.class).hasMessage("login.join.passwordTooShort");
        assertThatThrownBy(() -> invitations.accept(token, "organizer", "a-good-long-password"))
                .isInstanceOf(InvitationException.class).hasMessage("login.join.usernameTaken");
        assertThat(invitations.open(token)).as("still usable").isPresent();
    }

    @Test
    @WithMockUser(username = "someone-else", roles = "ORGANIZER", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyOrganizersOfTheCampMayInvite() {
        assertThatThrownBy(() -> invitations.inviteParticipant(campId, invitee.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aParticipantOfAnotherCampCannotBeInvitedHere() {
        long other = importer.importCamp(CampFiles.classpath("sample-data"));
        assertThatThrownBy(() -> invitations.inviteParticipant(other, invitee.id()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewInvitationCancelsTheEarlierUnusedOnes() {
        String first = invitations.inviteParticipant(campId, invitee.id());
        var someoneElse = participants.listByCamp(campId).get(1);
        String forSomeoneElse = invitations.inviteParticipant(campId, someoneElse.id());
        String second = invitations.inviteParticipant(campId, invitee.id());

        assertThat(invitations.open(first)).as("replaced by the newer link").isEmpty();
        assertThatThrownBy(() -> invitations.accept(first, username(), "a-good-long-password"))
                .isInstanceOf(InvitationException.class).hasMessage("login.join.invalidLink");
        assertThat(invitations.open(second)).isPresent();
        assertThat(invitations.open(forSomeoneElse)).as("another participant's link stays").isPresent();

        var village = invitations.villagesOf(campId).getFirst();
        String firstHost = invitations.inviteHost(campId, village.id());
        String secondHost = invitations.inviteHost(campId, village.id());
        assertThat(invitations.open(firstHost)).isEmpty();
        assertThat(invitations.open(secondHost)).isPresent();
        assertThat(invitations.open(second)).as("a host link leaves participant links alone").isPresent();
    }

    @Test
    void aLinkNeverMakesASecondAccountForAParticipantWhoHasOne() {
        String first = invitations.inviteParticipant(campId, invitee.id());
        String second = invitations.inviteParticipant(campId, invitee.id());
        // Two links from before links replaced each other, both still open.
        jdbc.sql("update invitation set cancelled_at = null where participant_id = ?").param(invitee.id()).update();

        invitations.accept(first, username(), "a-good-long-password");
        assertThatThrownBy(() -> invitations.accept(second, username(), "a-good-long-password"))
                .isInstanceOf(InvitationException.class).hasMessage("login.join.alreadyHasAccount");
        assertThat(accountsOf(invitee.id())).isEqualTo(1);

        String later = invitations.inviteParticipant(campId, invitee.id());
        assertThatThrownBy(() -> invitations.accept(later, username(), "a-good-long-password"))
                .isInstanceOf(InvitationException.class).hasMessage("login.join.alreadyHasAccount");
        assertThat(accountsOf(invitee.id())).isEqualTo(1);
    }

    @Test
    void twoLinksUsedAtTheSameMomentMakeOneAccount() throws Exception {
        String first = invitations.inviteParticipant(campId, invitee.id());
        String second = invitations.inviteParticipant(campId, invitee.id());
        jdbc.sql("update invitation set cancelled_at = null where participant_id = ?").param(invitee.id()).update();

        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var results = java.util.stream.Stream.of(first, second).map(token -> pool.submit(() -> {
                start.await();
                try {
                    invitations.accept(token, username(), "a-good-long-password");
                    return "created";
                } catch (InvitationException refused) {
                    return refused.getMessage();
                }
            })).toList();
            start.countDown();
            var outcomes = new java.util.ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("created", "login.join.alreadyHasAccount");
        }
        assertThat(accountsOf(invitee.id())).isEqualTo(1);
    }

    private long accountsOf(long participantId) {
        return jdbc.sql("select count(*) from app_user where participant_id = ?").param(participantId)
                .query(Long.class).single();
    }
}
