package org.campfair.roster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.campfair.camp.CampService;
import org.campfair.shared.web.JsonApi;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organizers' JSON API of a camp's roster: solve, stop, publish and read it (tagged with the camps). */
@RestController
@JsonApi
@RequestMapping(path = "/api/camps", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Camps", description = "Organizers only (HTTP Basic)")
class SolveApi {

    private final CampService camps;
    private final RosterService rosters;

    SolveApi(CampService camps, RosterService rosters) {
        this.camps = camps;
        this.rosters = rosters;
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
}
