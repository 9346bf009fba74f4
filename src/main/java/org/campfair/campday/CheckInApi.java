package org.campfair.campday;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.web.JsonApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-in over the JSON API: an organizer reads and marks a published shift's seats; a
 * participant checks in with the code of their shift, as scanning its QR code does. Errors
 * are the shared API's ({@link JsonApi}), with a refusal of its own.
 */
@RestController
@JsonApi
@Tag(name = "Check-in", description = "Camp days: who came to each published seat, and for how long")
class CheckInApi {

    /** A mark: what happened, the minutes worked (left out: as planned) and the seat's version as read. */
    record Mark(@Nullable CheckInState state, @Nullable Integer confirmedMinutes, @Nullable Integer version) {
    }

    /** The code from the shift's QR code. */
    record Code(@Nullable String code) {
    }

    private final CheckInService checkIns;

    CheckInApi(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping(path = "/api/camps/{campId}/shifts/{shiftId}/check-ins", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The shift's published seats with nicknames, leads, planned minutes and marks so far")
    ShiftCheckIns shift(@PathVariable long campId, @PathVariable long shiftId) {
        return ofCamp(campId, checkIns.shift(shiftId));
    }

    @PutMapping(path = "/api/camps/{campId}/shifts/{shiftId}/check-ins/{seat}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark a seat; version is the seat's version as read (0 while unmarked), a stale one is a 409")
    SeatCheckIn mark(@PathVariable long campId, @PathVariable long shiftId, @PathVariable int seat,
            @RequestBody Mark mark) {
        if (mark.state() == null || mark.version() == null) {
            throw new IllegalArgumentException("A mark needs a state (CAME, CAME_LATE, LEFT_EARLY, DID_NOT_COME) "
                    + "and the version of the seat as read");
        }
        return checkIns.mark(campId, shiftId, seat, mark.state(), mark.confirmedMinutes(), mark.version());
    }

    @PostMapping(path = "/api/me/check-ins/{shiftId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check myself in with the code of my shift's QR code; a second time changes nothing")
    SeatCheckIn checkInWithCode(@PathVariable long shiftId, @RequestBody Code code) {
        if (code.code() == null || code.code().length() > 100) {
            throw new IllegalArgumentException("A check-in needs the code from the shift's QR code");
        }
        return checkIns.checkInWithCode(shiftId, code.code());
    }

    /** A shift of another camp is not found here, whichever camps the caller organizes. */
    private static ShiftCheckIns ofCamp(long campId, ShiftCheckIns shift) {
        if (shift.campId() != campId) {
            throw new NotFoundException("Shift", shift.shiftId());
        }
        return shift;
    }

    /** Not one of the people who may mark this shift: said as plainly as for any other refusal. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not check in this shift");
    }
}
