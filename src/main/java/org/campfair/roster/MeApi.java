package org.campfair.roster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.campfair.participant.ParticipantService;
import org.campfair.participant.PreferenceService;
import org.campfair.participant.Preferences;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.web.JsonApi;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's own data over HTTP Basic: profile and published schedule (changing the
 * preferences is participant's MyPreferencesApi, under the same tag). The participant is
 * always the one the signed-in account is linked to; there is no id to change in a URL, so
 * nobody reaches anyone else's data. Legal name and email stay out.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "Participants only (HTTP Basic): their own data")
class MeApi {

    private final AccountService accounts;
    private final ParticipantService participants;
    private final PreferenceService preferences;
    private final PublishedRosterService published;

    MeApi(AccountService accounts, ParticipantService participants, PreferenceService preferences,
            PublishedRosterService published) {
        this.accounts = accounts;
        this.participants = participants;
        this.preferences = preferences;
        this.published = published;
    }

    record Needs(boolean privateRoom, boolean stepFree, Intensity intensityComfort, int maxHoursPerDay) {
    }

    record Bed(String house, String address, String room, String bed) {
    }

    record Profile(String nickname, String language, long campId, LocalDate arrivesOn, LocalDate departsOn,
            @Nullable Bed bed, Needs needs, Preferences preferences) {
    }

    record ScheduledShift(LocalDate day, LocalTime start, LocalTime end, String task, String site, String address,
            String whatToBring, @Nullable String lead, List<String> coworkers) {
    }

    @GetMapping
    @Operation(summary = "My profile: nickname, language, stay, bed once published, needs and preferences")
    Profile me(Principal principal) {
        long id = accounts.signedInParticipant(principal);
        var p = participants.get(id);
        var bed = published.stayOf(id).map(s -> new Bed(s.house(), s.address(), s.room(), s.bed())).orElse(null);
        return new Profile(p.nickname(), p.language(), p.campId(), p.arrivesOn(), p.departsOn(), bed,
                new Needs(p.needsPrivateRoom(), p.needsStepFree(), p.intensityComfort(), p.maxHoursPerDay()),
                preferences.of(id));
    }

    @GetMapping("/schedule")
    @Operation(summary = "My shifts in the published roster (empty before publication); co-workers by nickname")
    List<ScheduledShift> schedule(Principal principal) {
        return published.shiftsOf(accounts.signedInParticipant(principal)).stream()
                .map(s -> new ScheduledShift(s.day(), s.start(), s.end(), s.task(), s.site(), s.siteAddress(),
                        s.whatToBring(), s.lead(), s.coworkers()))
                .toList();
    }
}
