package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess.CampOrganizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A camp's organizers: an organizer who is not staff imports a camp, lets a co-organizer in by
 * link and an existing one by name, and removes them again; never the last one, never staff,
 * and nobody from outside the camp may do any of it.
 */
@CampfairIntegrationTest
class CoOrganizersTest {

    @Autowired
    CampAccess access;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    CampImportService importer;
    @Autowired
    CampService camps;
    @Autowired
    JdbcClient jdbc;

    private String first;
    private long campId;

    @BeforeEach
    void anOrganizerImportsACamp() {
        first = account(Role.ORGANIZER);
        campId = SignIn.as(first, Role.ORGANIZER, () -> importer.importCamp(CampFiles.classpath("sample-data")));
    }

    @Test
    void aCoOrganizerComesInByLinkOrNameAndGoesAgainButTheLastOneStays() {
        String invited = "co" + UUID.randomUUID().toString().substring(0, 8);
        String token = SignIn.as(first, Role.ORGANIZER, () -> invitations.inviteOrganizer(campId));
        assertThat(invitations.open(token)).hasValueSatisfying(invitation -> {
            assertThat(invitation.role()).isEqualTo(Role.ORGANIZER);
            assertThat(invitation.linksTo()).isEqualTo(camps.get(campId).name());
        });
        SignIn.asTheApp(() -> invitations.accept(token, invited, "a-long-password"));
        assertThat(access.organizes(invited, campId)).isTrue();
        assertThat(access.campsOf(invited)).as("this camp and no other").containsExactly(campId);

        String existing = account(Role.ORGANIZER);
        SignIn.as(first, Role.ORGANIZER, () -> access.addCoOrganizer(campId, existing));
        var organizers = SignIn.as(invited, Role.ORGANIZER, () -> access.organizersOf(campId));
        assertThat(organizers).filteredOn(o -> !o.staff()).extracting(CampOrganizer::username)
                .containsExactlyInAnyOrder(first, invited, existing);
        assertThat(organizers).filteredOn(CampOrganizer::staff).extracting(CampOrganizer::username).contains("organizer");

        SignIn.as(invited, Role.ORGANIZER, () -> access.removeCoOrganizer(campId, first));
        SignIn.as(invited, Role.ORGANIZER, () -> access.removeCoOrganizer(campId, existing));
        assertThat(access.organizes(first, campId)).isFalse();
        assertThatThrownBy(() -> SignIn.as(invited, Role.ORGANIZER, () -> access.removeCoOrganizer(campId, invited)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("camp.organizers.lastOne"));
        assertThat(access.organizes(invited, campId)).isTrue();
    }

    @Test
    void refusalsNameTheirReasonAndChangeNothing() {
        String participant = account(Role.PARTICIPANT);
        SignIn.as(first, Role.ORGANIZER, () -> {
            assertThatThrownBy(() -> access.addCoOrganizer(campId, "nobody-" + UUID.randomUUID()))
                    .hasMessageContaining("camp.organizers.noSuchOrganizer");
            assertThatThrownBy(() -> access.addCoOrganizer(campId, participant))
                    .as("a participant's account is no organizer").hasMessageContaining("camp.organizers.noSuchOrganizer");
            assertThatThrownBy(() -> access.removeCoOrganizer(campId, "organizer"))
                    .as("staff organize every camp").hasMessageContaining("camp.organizers.staff");
            assertThatThrownBy(() -> access.removeCoOrganizer(campId, participant))
                    .hasMessageContaining("camp.organizers.notOrganizer");
        });
        assertThat(jdbc.sql("select count(*) from camp_organizer where camp_id = ?").param(campId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void nobodyFromOutsideTheCampMayListInviteAddOrRemoveOrganizers() {
        String stranger = account(Role.ORGANIZER);
        String strangersFriend = account(Role.ORGANIZER);
        for (var outsider : new String[][] {{stranger, "ORGANIZER"}, {account(Role.HOST), "HOST"},
                {account(Role.PARTICIPANT), "PARTICIPANT"}}) {
            var role = Role.valueOf(outsider[1]);
            SignIn.as(outsider[0], role, () -> {
                assertThatThrownBy(() -> access.organizersOf(campId)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> invitations.inviteOrganizer(campId)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> access.addCoOrganizer(campId, strangersFriend))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> access.removeCoOrganizer(campId, first))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        assertThat(access.organizes(strangersFriend, campId)).isFalse();
        assertThat(access.organizes(first, campId)).isTrue();
    }

    private String account(Role role) {
        String username = role.name().toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(username, "a-long-password", role, null, null));
        return username;
    }
}
