package org.campfair.campday;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.web.JsonApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Not today" over the JSON API: a participant for themselves under /api/me, an organizer
 * for anyone of their camp under the camp. The day comes as text and is read after the access
 * check, so a stranger learns nothing from a malformed request. Errors are the shared API's
 * ({@link JsonApi}), with a refusal and the running solve of its own.
 */
@RestController
@JsonApi
@Tag(name = "Not today", description = "Camp days: saying one cannot come today or tomorrow")
class NotTodayApi {

    /** The day (ISO date, the camp's today or tomorrow) and an optional note only organizers read. */
    record Say(@Nullable String day, @Nullable String note) {
    }

    private final NotTodayService notToday;
    private final AccountService accounts;

    NotTodayApi(NotTodayService notToday, AccountService accounts) {
        this.notToday = notToday;
        this.accounts = accounts;
    }

    @PostMapping(path = "/api/me/not-today", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Say I cannot come on a day (my camp's today or tomorrow), with an optional note of at "
            + "most 500 characters that only organizers read. I keep my stay and bed. Before publication it is a "
            + "day away; after it the rest of that day and the next are re-planned for an organizer to publish. "
            + "Shifts already begun stay as they are. Saying it twice changes nothing; 409 while the camp is solved.")
    NotToday sayForMe(Principal principal, @RequestBody Say say) {
        return notToday.say(me(principal), day(say.day()), say.note());
    }

    @DeleteMapping(path = "/api/me/not-today", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take back my \"not today\" for a day (?day=YYYY-MM-DD); the days are re-planned again")
    NotToday takeBackForMe(Principal principal, @RequestParam(required = false) @Nullable String day) {
        return notToday.takeBack(me(principal), day(day));
    }

    @PostMapping(path = "/api/camps/{campId}/participants/{participantId}/not-today",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An organizer says \"not today\" for a participant of the camp, as they could themselves")
    NotToday say(@PathVariable long campId, @PathVariable long participantId, @RequestBody Say say) {
        ofCamp(campId, participantId);
        return notToday.say(participantId, day(say.day()), say.note());
    }

    @DeleteMapping(path = "/api/camps/{campId}/participants/{participantId}/not-today",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An organizer takes back a participant's \"not today\" for a day (?day=YYYY-MM-DD)")
    NotToday takeBack(@PathVariable long campId, @PathVariable long participantId,
            @RequestParam(required = false) @Nullable String day) {
        ofCamp(campId, participantId);
        return notToday.takeBack(participantId, day(day));
    }

    /** Checks access first (403), then that the participant is the camp's (404 otherwise). */
    private void ofCamp(long campId, long participantId) {
        notToday.requireOrganizerOf(campId, participantId);
    }

    private long me(Principal principal) {
        return accounts.participantOf(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("not a participant's account"));
    }

    private static LocalDate day(@Nullable String day) {
        if (day == null || day.length() > 10) {
            throw new IllegalArgumentException("Give the day as YYYY-MM-DD (the camp's today or tomorrow)");
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give the day as YYYY-MM-DD (the camp's today or tomorrow)");
        }
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not say \"not today\" for this person");
    }

    @ExceptionHandler(SolveAlreadyRunningException.class)
    ProblemDetail solving(SolveAlreadyRunningException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                Translations.text(Translations.ENGLISH, "campday.notToday.solveRunning"));
    }
}
