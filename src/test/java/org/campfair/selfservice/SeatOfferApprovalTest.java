package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Organizer approval on real PostgreSQL, in a camp that switched it on: an accepted give-away
 * waits (nothing written, both sides see it waiting, nobody else can take it), the organizer
 * approves it through the same locked write, or declines it and nothing changes; an approval
 * re-checks the rules as things are then. Both people see a line about it on their schedule.
 */
@CampfairIntegrationTest
class SeatOfferApprovalTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    AccountService accounts;
    @Autowired
    SeatOfferService offers;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    ChangeNotices notices;
    @Autowired
    JdbcClient jdbc;

    private OpenSeatCamp camp;

    @BeforeEach
    void campWithApproval() {
        camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        var settings = organizer(() -> openSeats.settings(camp.campId()));
        assertThat(settings.approval()).as("applies at once by default").isFalse();
        organizer(() -> openSeats.save(settings.withApproval(true)));
    }

    @Test
    void anAcceptedGiveAwayWaitsAndTheOrganizersApprovalAppliesIt() {
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        int publications = camp.publications(jdbc);

        var accepted = as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()));

        assertThat(accepted.waitsForApproval()).isTrue();
        assertThat(camp.publications(jdbc)).as("nothing written yet").isEqualTo(publications);
        assertThat(holder(camp.firstJam())).isEqualTo(camp.mikan());
        assertThat(as(camp.mikanAccount(), () -> offers.mine(camp.mikan()))).singleElement()
                .satisfies(mine -> assertThat(mine.acceptedBy()).isEqualTo("Hana"));
        assertThat(as(camp.hanaAccount(), () -> offers.waitingForApproval(camp.hana()))).singleElement()
                .satisfies(asked -> assertThat(asked.offeredBy()).isEqualTo("Mikan"));
        assertThat(as(camp.hanaAccount(), () -> offers.offersFor(camp.hana()))).as("no longer open to anyone")
                .isEmpty();
        assertRefused(() -> as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id())),
                "offers.refused.youAccepted");
        assertThatThrownBy(() -> as(camp.hanaAccount(), () -> offers.approve(camp.campId(), offer.id())))
                .as("participants do not approve").isInstanceOf(AccessDeniedException.class);

        var pending = organizer(() -> offers.pending(camp.campId()));
        assertThat(pending).singleElement().satisfies(change -> {
            assertThat(change.acceptedBy()).isEqualTo("Hana");
            assertThat(change.offeredBy()).isEqualTo("Mikan");
            assertThat(change.task()).isEqualTo("Jam making");
        });

        var taken = organizer(() -> offers.approve(camp.campId(), offer.id()));

        assertThat(taken.participantId()).isEqualTo(camp.hana());
        assertThat(holder(camp.firstJam())).isEqualTo(camp.hana());
        assertThat(camp.publications(jdbc)).isEqualTo(publications + 1);
        assertThat(organizer(() -> offers.pending(camp.campId()))).isEmpty();
        assertThat(organizer(() -> openSeats.activity(camp.campId(), 10))).singleElement()
                .satisfies(change -> assertThat(change.kind()).isEqualTo(SelfServiceChange.Kind.TOOK_GIVEN_SEAT));
        assertThatThrownBy(() -> organizer(() -> offers.approve(camp.campId(), offer.id())))
                .as("decided once").isInstanceOf(NotFoundException.class);

        assertThat(as(camp.hanaAccount(), () -> notices.of(camp.hana()))).first().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(ChangeNotice.Kind.YOU_TOOK_GIVEN);
            assertThat(notice.other()).isEqualTo("Mikan");
        });
        assertThat(as(camp.mikanAccount(), () -> notices.of(camp.mikan()))).first().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(ChangeNotice.Kind.TOOK_YOUR_GIVE_AWAY);
            assertThat(notice.other()).isEqualTo("Hana");
        });
    }

    @Test
    void approvalChecksTheRulesAgainAsThingsAreThenAndWritesNothingWhenTheyRefuse() {
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()));
        // Meanwhile the organizers give Hana a shift at the same time and publish.
        long peel = OpenSeatCamp.shift(jdbc, camp.campId(), "Peel drying", 0);
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                .params(peel, camp.hana()).update();
        organizer(() -> rosters.publish(camp.campId()));
        int publications = camp.publications(jdbc);

        assertRefused(() -> organizer(() -> offers.approve(camp.campId(), offer.id())),
                "openSeats.refused.OVERLAPPING_SHIFTS");

        assertThat(camp.publications(jdbc)).isEqualTo(publications);
        assertThat(holder(camp.firstJam())).isEqualTo(camp.mikan());
        assertThat(organizer(() -> offers.pending(camp.campId()))).as("still the organizers' to decline").hasSize(1);
    }

    @Test
    void aDeclinedChangeChangesNothingAndBothAreTold() {
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()));
        int publications = camp.publications(jdbc);

        organizer(() -> {
            offers.decline(camp.campId(), offer.id());
            return null;
        });

        assertThat(camp.publications(jdbc)).isEqualTo(publications);
        assertThat(holder(camp.firstJam())).isEqualTo(camp.mikan());
        assertThat(organizer(() -> offers.pending(camp.campId()))).isEmpty();
        assertThat(as(camp.hanaAccount(), () -> offers.waitingForApproval(camp.hana()))).isEmpty();
        assertThat(as(camp.mikanAccount(), () -> offers.mine(camp.mikan()))).as("the offer is closed").isEmpty();
        assertThat(as(camp.hanaAccount(), () -> notices.of(camp.hana()))).extracting(ChangeNotice::kind)
                .containsExactly(ChangeNotice.Kind.DECLINED);
        assertThat(as(camp.mikanAccount(), () -> notices.of(camp.mikan()))).extracting(ChangeNotice::kind)
                .containsExactly(ChangeNotice.Kind.DECLINED);
        assertThatThrownBy(() -> organizer(() -> {
            offers.decline(camp.campId(), offer.id());
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherCampsOrganizerNeitherSeesNorDecides() {
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()));
        assertThatThrownBy(() -> SignIn.as("stranger-organizer", Role.ORGANIZER, () -> offers.pending(camp.campId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as("stranger-organizer", Role.ORGANIZER,
                () -> offers.approve(camp.campId(), offer.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(holder(camp.firstJam())).isEqualTo(camp.mikan());
    }

    private long holder(long shiftId) {
        return jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0").param(shiftId)
                .query(Long.class).single();
    }

    private static void assertRefused(Runnable work, String reason) {
        assertThatThrownBy(work::run).isInstanceOf(RefusedChangeException.class)
                .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo(reason);
    }

    private static <T> T organizer(Supplier<T> work) {
        return SignIn.as("organizer", Role.ORGANIZER, work);
    }

    private static <T> T as(String account, Supplier<T> work) {
        return SignIn.as(account, Role.PARTICIPANT, work);
    }
}
