package org.campfair.campday;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.campfair.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Today's board over the JSON API, with the board page's access rules. */
@RestController
@Tag(name = "Today", description = "Camp days: the camp's day at a glance")
class TodayApi {

    private final TodayService today;

    TodayApi(TodayService today) {
        this.today = today;
    }

    @GetMapping(path = "/api/camps/{campId}/today", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The camp's day now, in its time zone: shifts running and next with check-in marks, "
            + "required seats still empty, arrivals and departures with house and bed, people per house tonight, "
            + "who said \"not today\" (their note for organizers only). Nicknames only. A host of a village the camp hosts gets that village's shifts and no beds.")
    TodayBoard board(@PathVariable long campId) {
        return today.board(campId);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not see this camp's day");
    }
}
