package org.campfair.selfservice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.campfair.roster.Explanation;
import org.campfair.roster.OpenSeat;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open seats over the JSON API, for the signed-in participant only: the participant is the one
 * the account is linked to, so no id in a URL reaches anyone else. Co-workers never appear;
 * hours are per day at camp, rounded to a tenth.
 */
@RestController
@RequestMapping(path = "/api/me/open-seats", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "Participants only (HTTP Basic): their own data")
class OpenSeatsApi {

    private final AccountService accounts;
    private final OpenSeatService openSeats;

    OpenSeatsApi(AccountService accounts, OpenSeatService openSeats) {
        this.accounts = accounts;
        this.openSeats = openSeats;
    }

    record Seat(long shiftId, String task, String site, LocalDate day, LocalTime start, LocalTime end,
            boolean required, double hoursPerDayAfter, double fairShareAfter) {

        static Seat of(OpenSeat seat) {
            return new Seat(seat.shiftId(), seat.task(), seat.site(), seat.day(), seat.start(), seat.end(),
                    seat.required(), tenth(seat.hoursPerDayAfter()), tenth(seat.fairShareAfter()));
        }
    }

    /** @param closed why no seat is offered, in plain English; null when seats are offered */
    record Listing(@Nullable String closed, double hoursPerDay, double fairShare, double maxExtraHoursPerDay,
            List<Seat> seats) {
    }

    record Preview(Seat seat, double hoursPerDayBefore, double fairShareBefore, List<String> adds,
            List<String> removes) {
    }

    record Taken(long shiftId, String task, LocalDate day, LocalTime start, LocalTime end, double hoursPerDayBefore,
            double hoursPerDayAfter) {
    }

    @GetMapping
    @Operation(summary = "The seats I may take now (required ones first), my hours per day at camp and the fair share")
    Listing list(Principal principal) {
        var mine = openSeats.openSeats(accounts.signedInParticipant(principal));
        var seats = mine.seats();
        return new Listing(mine.closedReason() == null ? null : Translations.text(Translations.ENGLISH, mine.closedReason()),
                tenth(seats.hoursPerDay()), tenth(seats.fairShare()), mine.maxExtraHoursPerDay(),
                seats.seats().stream().map(Seat::of).toList());
    }

    @GetMapping("/{shiftId}/preview")
    @Operation(summary = "What taking the shift's open seat would do; 400 with the reason when I may not take it")
    Preview preview(@PathVariable long shiftId, Principal principal) {
        var preview = openSeats.preview(accounts.signedInParticipant(principal), shiftId, Translations.ENGLISH);
        return new Preview(Seat.of(preview.seat()), tenth(preview.hoursPerDayBefore()),
                tenth(preview.fairShareBefore()), sentences(preview.added()), sentences(preview.removed()));
    }

    @PostMapping("/{shiftId}")
    @Operation(summary = "Take a free seat of the shift; 409 when someone else took the last one first, "
            + "400 with the rule when I may not")
    Taken take(@PathVariable long shiftId, Principal principal) {
        var taken = openSeats.take(accounts.signedInParticipant(principal), shiftId);
        var seat = taken.seat();
        return new Taken(seat.shiftId(), seat.task(), seat.day(), seat.start(), seat.end(),
                tenth(taken.hoursPerDayBefore()), tenth(seat.hoursPerDayAfter()));
    }

    private static List<String> sentences(List<Explanation> reasons) {
        return reasons.stream().map(Explanation::sentence).toList();
    }

    static double tenth(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
