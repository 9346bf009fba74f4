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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Organizer approval on real PostgreSQL, in a camp that switched it on: an accepted give-away
 * waits (nothing written, both sides see it waiting, nobody else can take it), the organizer
 * approves it through the same locked write, or declines it and nothing changes; an approval
 * re-checks the rules as things are then, hands over the seat the giver holds then (a re-plan
 * may have renumbered it) and refuses, writing nothing, when they no longer work the shift.
 * Both people see a line about it on their schedule.
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

    /**
     * A published re-plan moves Mikan from seat 0 of the shift she offered to seat 2 and puts
     * someone else on seat 0 before the organizer approves. Her seat is still hers and still
     * offered, so the approval hands over seat 2 (for a swap, she takes Hana's seat in return):
     * those are the only seats of the camp that change, and seat 0 keeps its new holder. An
     * approval that handed over the seat number offered would take seat 0 from someone who never
     * offered it.
     */
    @ParameterizedTest
    @EnumSource(SeatOffer.Kind.class)
    void anApprovalFollowsTheGiverToTheSeatARePlanRenumbered(SeatOffer.Kind kind) {
        Long hanasJam = kind == SeatOffer.Kind.SWAP ? hanasJamShift() : null;
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam(), kind));
        assertThat(offer.seat()).isZero();
        assertThat(as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), hanasJam)).waitsForApproval())
                .isTrue();
        long other = anotherFoodHygieneParticipant();
        jdbc.sql("update seat_assignment set seat = 2 where shift_id = ? and seat = 0").param(camp.firstJam()).update();
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                .params(camp.firstJam(), other).update();
        organizer(() -> rosters.publish(camp.campId()));
        var before = campSeats();
        assertThat(before).containsEntry(seat(camp.firstJam(), 0), other).containsEntry(seat(camp.firstJam(), 2),
                camp.mikan());

        var taken = organizer(() -> offers.approve(camp.campId(), offer.id()));

        assertThat(taken.participantId()).isEqualTo(camp.hana());
        assertThat(taken.seat().seat()).as("the giver's seat now").isEqualTo(2);
        var expected = new java.util.HashMap<>(before);
        expected.put(seat(camp.firstJam(), 2), camp.hana());
        if (hanasJam != null) {
            expected.put(seat(hanasJam, 0), camp.mikan());
        }
        assertThat(campSeats()).as("only the seats handed over changed").isEqualTo(expected);
        assertThat(publishedSeats(camp.firstJam())).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(0, other, 2, camp.hana()));
        assertThat(organizer(() -> offers.pending(camp.campId()))).isEmpty();
    }

    /**
     * A re-plan that moves Mikan off the shift she offered (onto another jam-making shift, and
     * someone else onto her old seat) before the organizer approves: while it is not published
     * the approval says the organizers are re-planning; once published, that the seat is gone.
     * Either way nothing is written and the change still waits for the organizer to decline.
     */
    @ParameterizedTest
    @EnumSource(SeatOffer.Kind.class)
    void anApprovalIsRefusedAsGoneWhenARePlanMovedTheGiverOffTheShift(SeatOffer.Kind kind) {
        Long hanasJam = kind == SeatOffer.Kind.SWAP ? hanasJamShift() : null;
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam(), kind));
        as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), hanasJam));
        long other = anotherFoodHygieneParticipant();
        long laterJam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 4);
        jdbc.sql("update seat_assignment set shift_id = ? where shift_id = ? and participant_id = ?")
                .params(laterJam, camp.firstJam(), camp.mikan()).update();
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                .params(camp.firstJam(), other).update();
        var before = campSeats();
        int publications = camp.publications(jdbc);

        assertRefused(() -> organizer(() -> offers.approve(camp.campId(), offer.id())), "offers.refused.replanning");
        assertThat(campSeats()).isEqualTo(before);
        assertThat(camp.publications(jdbc)).isEqualTo(publications);

        organizer(() -> rosters.publish(camp.campId()));
        long published = camp.latestPublication(jdbc);
        assertRefused(() -> organizer(() -> offers.approve(camp.campId(), offer.id())), "offers.refused.gone");

        assertThat(campSeats()).as("nothing written").isEqualTo(before);
        assertThat(camp.latestPublication(jdbc)).isEqualTo(published);
        assertThat(publishedSeats(camp.firstJam())).containsExactlyEntriesOf(java.util.Map.of(0, other));
        assertThat(organizer(() -> offers.pending(camp.campId()))).as("still the organizers' to decline")
                .extracting(PendingChange::offerId).containsExactly(offer.id());
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

    /** Hana on seat 0 of the third jam-making shift, published, to give in return for a swap; its id. */
    private long hanasJamShift() {
        long shift = camp.assign(jdbc, "Jam making", 2, camp.hana());
        organizer(() -> rosters.publish(camp.campId()));
        return shift;
    }

    /** Someone other than Mikan and Hana who could work jam making (food hygiene, at camp throughout). */
    private long anotherFoodHygieneParticipant() {
        return jdbc.sql("""
                select id from participant where camp_id = ? and 'food_hygiene' = any (skills)
                    and nickname not in ('Mikan', 'Hana') and arrives_on <= date '2027-11-01'
                    and departs_on >= date '2027-11-14' order by id limit 1""")
                .param(camp.campId()).query(Long.class).single();
    }

    /** Every filled seat of the camp's working roster ("shift/seat") with its holder. */
    private java.util.Map<String, Long> campSeats() {
        var seats = new java.util.HashMap<String, Long>();
        jdbc.sql("""
                select a.shift_id, a.seat, a.participant_id from seat_assignment a join shift s on s.id = a.shift_id
                join task t on t.id = s.task_id where t.camp_id = ? and a.participant_id is not null""")
                .param(camp.campId())
                .query((java.sql.ResultSet rs) -> {
                    seats.put(seat(rs.getLong(1), rs.getInt(2)), rs.getLong(3));
                });
        return seats;
    }

    /** The shift's seats in the latest publication, by seat number. */
    private java.util.Map<Integer, Long> publishedSeats(long shiftId) {
        var seats = new java.util.HashMap<Integer, Long>();
        jdbc.sql("select seat, participant_id from published_seat where publication_id = ? and shift_id = ?")
                .params(camp.latestPublication(jdbc), shiftId)
                .query((java.sql.ResultSet rs) -> {
                    seats.put(rs.getInt(1), rs.getLong(2));
                });
        return seats;
    }

    private static String seat(long shiftId, int seat) {
        return shiftId + "/" + seat;
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
