package org.campfair.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.web.JsonApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organizers' JSON API of a camp's participants with their calendar feeds (tagged with the camps). */
@RestController
@JsonApi
@RequestMapping(path = "/api/camps", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Camps", description = "Organizers only (HTTP Basic)")
class ParticipantFeedsApi {

    private final CampService camps;
    private final ParticipantService participants;
    private final FeedTokenService feedTokens;
    private final ParticipantCalendarService calendars;

    ParticipantFeedsApi(CampService camps, ParticipantService participants, FeedTokenService feedTokens,
            ParticipantCalendarService calendars) {
        this.camps = camps;
        this.participants = participants;
        this.feedTokens = feedTokens;
        this.calendars = calendars;
    }

    record ParticipantSummary(long id, String nickname, String legalName, String email, LocalDate arrivesOn,
            LocalDate departsOn, boolean returning, List<String> skills, String feedUrl) {
    }

    @GetMapping("/{campId}/participants")
    @Operation(summary = "Participants with the URL of their calendar feed")
    List<ParticipantSummary> participants(@PathVariable long campId) {
        camps.get(campId);
        return participants.listByCamp(campId).stream()
                .map(p -> new ParticipantSummary(p.id(), p.nickname(), p.legalName(), p.email(), p.arrivesOn(),
                        p.departsOn(), p.returning(), p.skills(),
                        FeedPaths.url(feedTokens.tokenFor(p.id()))))
                .toList();
    }

    @GetMapping(path = "/{campId}/participants/{participantId}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "Download one participant's published roster as an .ics file")
    ResponseEntity<String> calendar(@PathVariable long campId, @PathVariable long participantId) {
        var participant = participants.get(participantId);
        if (participant.campId() != campId) {
            throw new NotFoundException("Participant", participantId);
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"campfair-" + participantId + ".ics\"")
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(calendars.icsFor(participantId));
    }
}
