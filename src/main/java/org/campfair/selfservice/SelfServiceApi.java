package org.campfair.selfservice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.campfair.roster.TakenSeat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organizers' side of self-service over the JSON API: the camp's settings, and the
 * give-aways and swaps that wait for their approval, approved (checked again as things are
 * now) or declined (nothing changes). Participants appear by nickname only.
 */
@RestController
@RequestMapping(path = "/api/camps/{campId}/self-service", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Self-service", description = "Organizers of the camp: participants' own changes")
class SelfServiceApi {

    private final OpenSeatService openSeats;
    private final SeatOfferService offers;

    SelfServiceApi(OpenSeatService openSeats, SeatOfferService offers) {
        this.openSeats = openSeats;
        this.offers = offers;
    }

    record Approved(long shiftId, String task, long publicationId) {
    }

    @GetMapping("/settings")
    @Operation(summary = "The camp's self-service settings")
    SelfServiceSettings settings(@PathVariable long campId) {
        return openSeats.settings(campId);
    }

    @GetMapping("/pending")
    @Operation(summary = "Give-aways and swaps participants accepted that wait for approval, oldest first")
    List<PendingChange> pending(@PathVariable long campId) {
        return offers.pending(campId);
    }

    @PostMapping("/pending/{offerId}/approve")
    @Operation(summary = "Approve a waiting change: checked again by every rule as things are now, then applied "
            + "and published; 400 with the rule when it can no longer be made, 409 when a seat changed hands")
    Approved approve(@PathVariable long campId, @PathVariable long offerId) {
        TakenSeat taken = offers.approve(campId, offerId);
        return new Approved(taken.seat().shiftId(), taken.seat().task(), taken.publicationId());
    }

    @PostMapping("/pending/{offerId}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline a waiting change: nothing changes, both keep their seats")
    void decline(@PathVariable long campId, @PathVariable long offerId) {
        offers.decline(campId, offerId);
    }
}
