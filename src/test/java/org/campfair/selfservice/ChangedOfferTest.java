package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Supplier;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterService;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A give-away accepted after its seat changed, on real PostgreSQL, is answered truthfully: a
 * re-plan that gives the giver another seat number of the same shift is followed (the seat is
 * still theirs and still offered), while the re-plan is unpublished the organizers are said to be
 * re-planning, a shift moved since the taker saw it is shown again with its new times, an offer
 * withdrawn, run out or taken by someone else says so, and only a seat the giver no longer has
 * is "gone".
 */
@CampfairIntegrationTest
class ChangedOfferTest {

    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    RosterService rosters;
    @Autowired
    SeatOfferService offers;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private OpenSeatCamp camp;
    private SeatOffer offer;

    /** Mikan gives her jam-making seat (seat 0 of the shift) away. */
    @BeforeEach
    void mikanGivesHerSeatAway() {
        camp = openSeatCamps.publish();
        offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        assertThat(offer.seat()).isZero();
    }

    @Test
    void aReplanThatGaveTheGiverAnotherSeatOfTheShiftIsFollowedNotCalledGone() {
        jdbc.sql("update seat_assignment set seat = 2 where shift_id = ? and seat = 0").param(camp.firstJam()).update();
        assertRefused(() -> offers.accept(camp.hana(), offer.id()), "offers.refused.replanning");

        organizer(() -> rosters.publish(camp.campId()));
        assertThat(hanasOffers()).as("still offered").extracting(SeatOffer::id).containsExactly(offer.id());
        var accepted = as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(),
                null, ShiftTime.of(hanasOffers().getFirst())));

        assertThat(accepted.taken()).hasValueSatisfying(taken -> assertThat(taken.seat().seat()).isEqualTo(2));
        assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 2")
                .param(camp.firstJam()).query(Long.class).single()).isEqualTo(camp.hana());
        assertThat(jdbc.sql("select participant_id from published_seat where publication_id = ? and shift_id = ?")
                .params(camp.latestPublication(jdbc), camp.firstJam()).query(Long.class).list())
                .containsExactly(camp.hana());
    }

    @Test
    void aShiftMovedSinceTheTakerSawItIsShownAgainWithItsNewTimes() {
        var seen = hanasOffers().getFirst();
        jdbc.sql("update shift set start_time = start_time + interval '1 hour', end_time = end_time + interval '1 hour'"
                + " where id = ?").param(camp.firstJam()).update();

        assertThatThrownBy(() -> as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), null,
                ShiftTime.of(seen)))).isInstanceOfSatisfying(RefusedChangeException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("selfService.refused.moved");
                    assertThat(e.arguments()).containsExactly("Jam making", seen.day(), seen.start().plusHours(1),
                            seen.end().plusHours(1));
                });
        assertThat(holderOfSeatZero()).as("nothing written").isEqualTo(camp.mikan());

        var shownAgain = hanasOffers().getFirst();
        assertThat(shownAgain.start()).isEqualTo(seen.start().plusHours(1));
        var accepted = as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), null,
                ShiftTime.of(shownAgain)));
        assertThat(accepted.taken()).isPresent();
        assertThat(holderOfSeatZero()).isEqualTo(camp.hana());
    }

    @Test
    void anOfferThatEndedSaysHowAndOnlyASeatTheGiverLostIsGone() {
        as(camp.mikanAccount(), () -> {
            offers.withdraw(camp.mikan(), offer.id());
            return null;
        });
        assertRefused(() -> offers.accept(camp.hana(), offer.id()), "offers.refused.withdrawn");

        var again = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        jdbc.sql("update seat_offer set expires_at = now() - interval '1 minute' where id = ?").param(again.id()).update();
        assertRefused(() -> offers.accept(camp.hana(), again.id()), "offers.refused.expired");

        var third = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        String ren = "ren-" + UUID.randomUUID().toString().substring(0, 8);
        long renId = OpenSeatCamp.participant(jdbc, camp.campId(), "Ren");
        SignIn.asTheApp(() -> accounts.create(ren, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, renId, null));
        SignIn.as(ren, Role.PARTICIPANT, () -> offers.accept(renId, third.id()));
        assertRefused(() -> offers.accept(camp.hana(), third.id()), "offers.refused.takenByOther");

        var rens = SignIn.as(ren, Role.PARTICIPANT, () -> offers.offer(renId, camp.firstJam()));
        jdbc.sql("delete from seat_assignment where shift_id = ? and participant_id = ?").params(camp.firstJam(),
                renId).update();
        organizer(() -> rosters.publish(camp.campId()));
        assertRefused(() -> offers.accept(camp.hana(), rens.id()), "offers.refused.gone");
    }

    private java.util.List<SeatOffer> hanasOffers() {
        return as(camp.hanaAccount(), () -> offers.offersFor(camp.hana()));
    }

    private long holderOfSeatZero() {
        return jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0")
                .param(camp.firstJam()).query(Long.class).single();
    }

    private void assertRefused(Supplier<Object> work, String reason) {
        assertThatThrownBy(() -> as(camp.hanaAccount(), work)).isInstanceOf(RefusedChangeException.class)
                .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo(reason);
    }

    private static <T> T organizer(Supplier<T> work) {
        return SignIn.as("organizer", Role.ORGANIZER, work);
    }

    private static <T> T as(String account, Supplier<T> work) {
        return SignIn.as(account, Role.PARTICIPANT, work);
    }
}
