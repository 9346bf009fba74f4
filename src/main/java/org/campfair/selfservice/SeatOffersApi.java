package org.campfair.selfservice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Give-aways and swaps over the JSON API, for the signed-in participant only: the offers they may take
 * (holders by nickname), their own offers, offering a seat, accepting and withdrawing.
 */
@RestController
@RequestMapping(path = "/api/me/offers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "Participants only (HTTP Basic): their own data")
class SeatOffersApi {

    private final AccountService accounts;
    private final SeatOfferService offers;

    SeatOffersApi(AccountService accounts, SeatOfferService offers) {
        this.accounts = accounts;
        this.offers = offers;
    }

    /** The shift whose seat to offer, and how: "give" (the default) or "swap" for one of the taker's seats. */
    record NewOffer(@Nullable Long shiftId, @Nullable String kind) {
    }

    /**
     * For a swap offer: the shift of mine whose seat the offerer gets in return. With the shift's
     * day, start and end as I saw them, a shift the organizers moved since is refused (409) with
     * its new times instead of taken.
     */
    record Acceptance(@Nullable Long returnShiftId, @Nullable LocalDate day,
            @Nullable LocalTime start, @Nullable LocalTime end) {

        /** Null when none of the three was sent; refused (400, by field) when only some were, or end is not after start. */
        @Nullable ShiftTime seen() {
            return ShiftTime.sent(day, start, end);
        }
    }

    record Preview(long shiftId, String task, double hoursPerDayBefore, double hoursPerDayAfter, double fairShare,
            List<String> adds, List<String> removes) {
    }

    /** The seat taken, or with {@code waitingForApproval} true and no seat: the organizers decide first. */
    record Taken(boolean waitingForApproval, @Nullable Long shiftId, @Nullable String task,
            @Nullable Double hoursPerDayBefore, @Nullable Double hoursPerDayAfter) {
    }

    @GetMapping
    @Operation(summary = "Seats others give away or offer as swaps that I may take by every rule, soonest first; "
            + "a swap lists in inReturn my seats the offerer could take in exchange")
    List<SeatOffer> available(Principal principal) {
        return offers.offersFor(accounts.signedInParticipant(principal));
    }

    @GetMapping("/mine")
    @Operation(summary = "My open offers")
    List<SeatOffer> mine(Principal principal) {
        return offers.mine(accounts.signedInParticipant(principal));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give my seat of a shift away (kind give) or offer it for one of the taker's (kind swap); "
            + "it stays open 24 h at most and never after the shift starts")
    SeatOffer offer(@RequestBody NewOffer body, Principal principal) {
        if (body.shiftId() == null) {
            throw new IllegalArgumentException("An offer needs the shiftId of one of my shifts");
        }
        return offers.offer(accounts.signedInParticipant(principal), body.shiftId(), kind(body.kind()));
    }

    private static SeatOffer.Kind kind(@Nullable String kind) {
        if (kind == null || kind.equalsIgnoreCase("give")) {
            return SeatOffer.Kind.GIVE;
        }
        if (kind.equalsIgnoreCase("swap")) {
            return SeatOffer.Kind.SWAP;
        }
        throw new IllegalArgumentException("kind is either give or swap");
    }

    @GetMapping("/{offerId}/preview")
    @Operation(summary = "What taking the offered seat would do (for a swap, giving my seat of returnShiftId); "
            + "400 with the reason when I may not")
    Preview preview(@PathVariable long offerId, @RequestParam(required = false) @Nullable Long returnShiftId,
            Principal principal) {
        var preview = offers.preview(accounts.signedInParticipant(principal), offerId, returnShiftId,
                Translations.ENGLISH);
        var seat = preview.seat();
        return new Preview(seat.shiftId(), seat.task(), OpenSeatsApi.tenth(preview.hoursPerDayBefore()),
                OpenSeatsApi.tenth(seat.hoursPerDayAfter()), OpenSeatsApi.tenth(preview.fairShareBefore()),
                preview.added().stream().map(org.campfair.roster.Explanation::sentence).toList(),
                preview.removed().stream().map(org.campfair.roster.Explanation::sentence).toList());
    }

    @PostMapping("/{offerId}/accept")
    @Operation(summary = "Take the offered seat (for a swap, send the returnShiftId of my seat the offerer gets); "
            + "where the organizers approve changes, it waits for them (waitingForApproval true); "
            + "409 with the reason when someone else took it first, it was withdrawn or ran out, or the shift "
            + "moved since the day, start and end sent; 400 by field when only some of the three are sent, "
            + "one is not a date (2027-11-03) or time (09:00), or end is not after start")
    Taken accept(@PathVariable long offerId, @RequestBody(required = false) @Nullable Acceptance body,
            Principal principal) {
        var accepted = offers.accept(accounts.signedInParticipant(principal), offerId,
                body == null ? null : body.returnShiftId(), body == null ? null : body.seen());
        return accepted.taken().map(taken -> new Taken(false, taken.seat().shiftId(), taken.seat().task(),
                OpenSeatsApi.tenth(taken.hoursPerDayBefore()), OpenSeatsApi.tenth(taken.seat().hoursPerDayAfter())))
                .orElseGet(() -> new Taken(true, null, null, null, null));
    }

    @GetMapping("/waiting-for-approval")
    @Operation(summary = "Offers I accepted that wait for the organizers' approval")
    List<SeatOffer> waitingForApproval(Principal principal) {
        return offers.waitingForApproval(accounts.signedInParticipant(principal));
    }

    @DeleteMapping("/{offerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw one of my open offers")
    void withdraw(@PathVariable long offerId, Principal principal) {
        offers.withdraw(accounts.signedInParticipant(principal), offerId);
    }
}
