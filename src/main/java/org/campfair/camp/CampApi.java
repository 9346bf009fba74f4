package org.campfair.camp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.campfair.shared.web.JsonApi;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organizers' JSON API of camps: the camps I organize. Solving, publishing and the
 * roster (roster's SolveApi) and participants with their feeds (calendar's
 * ParticipantFeedsApi) share the "Camps" tag.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/camps", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Camps", description = "Organizers only (HTTP Basic)")
class CampApi {

    private final CampService camps;

    CampApi(CampService camps) {
        this.camps = camps;
    }

    record CampSummary(long id, String name, LocalDate startsOn, LocalDate endsOn, String timeZone, String language,
            String status) {
        static CampSummary of(Camp camp) {
            return new CampSummary(camp.id(), camp.name(), camp.startsOn(), camp.endsOn(), camp.timeZone().getId(),
                    camp.language(), camp.status().name());
        }
    }

    @GetMapping
    @Operation(summary = "The camps I organize, newest first")
    List<CampSummary> list() {
        return camps.listMine().stream().map(CampSummary::of).toList();
    }
}
