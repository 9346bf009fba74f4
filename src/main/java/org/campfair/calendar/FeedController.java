package org.campfair.calendar;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar subscriptions at {@code /feeds/{token}.ics}. The token is the only credential, so
 * unknown and revoked tokens get the same bare 404.
 */
@RestController
class FeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final FeedTokenService tokens;
    private final ParticipantCalendarService calendars;

    FeedController(FeedTokenService tokens, ParticipantCalendarService calendars) {
        this.tokens = tokens;
        this.calendars = calendars;
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return tokens.participantOf(token)
                .map(participantId -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header("Cache-Control", "private, no-cache")
                        .body(calendars.icsFor(participantId)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
