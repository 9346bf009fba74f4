package org.campfair.camp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.CampAccess.CampOrganizer;
import org.campfair.shared.security.InvitationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A camp's organizers over the API: list them, let an existing one in, invite a new one, remove one. */
@RestController
@RequestMapping(path = "/api/camps/{campId}/organizers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organizers", description = "Who organizes a camp (organizers of the camp only)")
class OrganizersApi {

    private final CampAccess access;
    private final InvitationService invitations;

    OrganizersApi(CampAccess access, InvitationService invitations) {
        this.access = access;
        this.invitations = invitations;
    }

    @GetMapping
    @Operation(summary = "The camp's organizers: co-organizers by grant and staff (every camp)")
    List<CampOrganizer> organizers(@PathVariable long campId) {
        return access.organizersOf(campId);
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A one-time link (path) for a new co-organizer's account; shown once, valid 14 days")
    Map<String, String> invite(@PathVariable long campId) {
        return Map.of("path", "/join/" + invitations.inviteOrganizer(campId));
    }

    @PutMapping("/{username}")
    @Operation(summary = "Let an existing organizer account organize this camp too")
    List<CampOrganizer> add(@PathVariable long campId, @PathVariable String username) {
        access.addCoOrganizer(campId, username);
        return access.organizersOf(campId);
    }

    @DeleteMapping("/{username}")
    @Operation(summary = "Remove a co-organizer from this camp; never the last one, never staff")
    List<CampOrganizer> remove(@PathVariable long campId, @PathVariable String username) {
        access.removeCoOrganizer(campId, username);
        return access.organizersOf(campId);
    }

    @ExceptionHandler(RefusedChangeException.class)
    ProblemDetail refused(RefusedChangeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                Translations.text(Translations.ENGLISH, e.messageKey(), e.arguments()));
    }
}
