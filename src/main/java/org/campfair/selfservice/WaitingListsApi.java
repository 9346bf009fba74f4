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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Waiting lists over the JSON API, for the signed-in participant only: the seats held for them,
 * their lists with their place, joining and leaving, and taking or letting go a held seat.
 */
@RestController
@RequestMapping(path = "/api/me/waiting-lists", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "Participants only (HTTP Basic): their own data")
class WaitingListsApi {

    private final AccountService accounts;
    private final WaitingListService waitingLists;

    WaitingListsApi(AccountService accounts, WaitingListService waitingLists) {
        this.accounts = accounts;
        this.waitingLists = waitingLists;
    }

    /** @param closed why lists are closed, in plain English; null when open */
    record Listing(@Nullable String closed, List<WaitingSeatOffer> held, List<WaitingListEntry> lists,
            List<MyWaitingLists.JoinableTask> joinable) {
    }

    record Taken(long shiftId, String task, double hoursPerDayBefore, double hoursPerDayAfter) {
    }

    /** The held seat's shift as I saw it: a shift the organizers moved since is refused (409) with its new times. */
    record AsSeen(@Nullable LocalDate day, @Nullable LocalTime start,
            @Nullable LocalTime end) {

        /** Null when none of the three was sent; refused (400, by field) when only some were, or end is not after start. */
        @Nullable ShiftTime seen() {
            return ShiftTime.sent(day, start, end);
        }
    }

    @GetMapping
    @Operation(summary = "Seats held for me, my waiting lists with my place (1 is next), and full tasks I may join")
    Listing list(Principal principal) {
        var mine = waitingLists.mine(accounts.signedInParticipant(principal));
        return new Listing(mine.closedReason() == null ? null : Translations.text(Translations.ENGLISH,
                mine.closedReason()), mine.held(), mine.lists(), mine.joinable());
    }

    @PostMapping("/{taskId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Join the waiting list of a task whose seats are all taken; 400 with the reason when I may not")
    List<WaitingListEntry> join(@PathVariable long taskId, Principal principal) {
        return waitingLists.join(accounts.signedInParticipant(principal), taskId);
    }

    @DeleteMapping("/{taskId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave the waiting list of a task")
    void leave(@PathVariable long taskId, Principal principal) {
        waitingLists.leave(accounts.signedInParticipant(principal), taskId);
    }

    @PostMapping("/held/{offerId}/accept")
    @Operation(summary = "Take the seat held for me; 409 with the reason when the hold ran out, was used or let go, "
            + "its seat was filled, or the shift moved since the day, start and end sent; 400 by field when only "
            + "some of the three are sent, one is not a date (2027-11-03) or time (09:00), or end is not after start")
    Taken accept(@PathVariable long offerId, @RequestBody(required = false) @Nullable AsSeen body,
            Principal principal) {
        var taken = waitingLists.accept(accounts.signedInParticipant(principal), offerId,
                body == null ? null : body.seen());
        return new Taken(taken.seat().shiftId(), taken.seat().task(), OpenSeatsApi.tenth(taken.hoursPerDayBefore()),
                OpenSeatsApi.tenth(taken.seat().hoursPerDayAfter()));
    }

    @PostMapping("/held/{offerId}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Let the seat held for me go to the next person on the list")
    void decline(@PathVariable long offerId, Principal principal) {
        waitingLists.decline(accounts.signedInParticipant(principal), offerId);
    }
}
