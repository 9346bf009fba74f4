package org.campfair.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.campfair.calendar.FeedPaths;
import org.campfair.calendar.FeedTokenService;
import org.campfair.calendar.ParticipantCalendarService;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.CampRoster;
import org.campfair.roster.RosterPublished;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolveStatus;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.CampAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organizers' JSON API: camps, solving, publishing, rosters and participants' feeds. */
@RestController
@RequestMapping(path = "/api/camps", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Camps", description = "Organizers only (HTTP Basic)")
class CampApi {

    private final CampService camps;
    private final RosterService rosters;
    private final ParticipantService participants;
    private final FeedTokenService feedTokens;
    private final ParticipantCalendarService calendars;
    private final CampAccess access;

    CampApi(CampService camps, RosterService rosters, ParticipantService participants, FeedTokenService feedTokens,
            ParticipantCalendarService calendars, CampAccess access) {
        this.access = access;
        this.camps = camps;
        this.rosters = rosters;
        this.participants = participants;
        this.feedTokens = feedTokens;
        this.calendars = calendars;
    }

    record CampSummary(long id, String name, LocalDate startsOn, LocalDate endsOn, String timeZone, String language,
            String status) {
        static CampSummary of(Camp camp) {
            return new CampSummary(camp.id(), camp.name(), camp.startsOn(), camp.endsOn(), camp.timeZone().getId(),
                    camp.language(), camp.status().name());
        }
    }

    record ParticipantSummary(long id, String nickname, String legalName, String email, LocalDate arrivesOn,
            LocalDate departsOn, boolean returning, List<String> skills, String feedUrl) {
    }

    @GetMapping
    @Operation(summary = "The camps I organize, newest first")
    List<CampSummary> list() {
        return camps.listMine().stream().map(CampSummary::of).toList();
    }

    @PostMapping("/{campId}/solve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start solving the roster in the background (409 if already solving)")
    SolveStatus solve(@PathVariable long campId,
            @RequestParam(required = false) @Nullable Integer timeLimitSeconds,
            @RequestParam(required = false) @Nullable Integer unimprovedSeconds) {
        return rosters.solve(campId, new RosterService.SolveLimits(seconds(timeLimitSeconds), seconds(unimprovedSeconds)));
    }

    private static @Nullable Duration seconds(@Nullable Integer seconds) {
        if (seconds == null) {
            return null;
        }
        if (seconds < 1 || seconds > 3600) {
            throw new IllegalArgumentException("a solving time limit must be between 1 and 3600 seconds, was " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    @GetMapping("/{campId}/solve")
    @Operation(summary = "Solving status and the best score, e.g. 0hard/-2medium/-310soft")
    SolveStatus solveStatus(@PathVariable long campId) {
        camps.get(campId);
        return rosters.status(campId);
    }

    @DeleteMapping("/{campId}/solve")
    @Operation(summary = "Stop solving; the best roster so far is saved")
    SolveStatus stop(@PathVariable long campId) {
        camps.get(campId);
        rosters.stop(campId);
        return rosters.status(campId);
    }

    @PostMapping("/{campId}/publish")
    @Operation(summary = "Publish the current roster to participants' calendars (409 if never solved)")
    RosterPublished publish(@PathVariable long campId) {
        return rosters.publish(campId);
    }

    @GetMapping("/{campId}/roster")
    @Operation(summary = "The working roster: every shift with its seats (nicknames) and every stay")
    CampRoster roster(@PathVariable long campId) {
        return rosters.roster(campId);
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
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .body(calendars.icsFor(participantId));
    }
}
