package org.campfair.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campfair.participant.ParticipantService;
import org.campfair.participant.PreferenceService;
import org.campfair.participant.Preferences;
import org.campfair.participant.PreferencesRejectedException;
import org.campfair.participant.SubmittedPreferences;
import org.campfair.roster.PublishedRosterService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's own data over HTTP Basic: profile, published schedule, preferences. The
 * participant is always the one the signed-in account is linked to; there is no id to
 * change in a URL, so nobody reaches anyone else's data. Legal name and email stay out.
 */
@RestController
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

    /** The request body: every field may be missing, so that a missing one is a field error, not a crash. */
    record PreferencesBody(@Nullable LocalDate arrivesOn, @Nullable LocalDate departsOn,
            @Nullable List<LocalDate> unavailableDays, @Nullable List<String> skills,
            @Nullable List<String> likedTasks, @Nullable List<String> dislikedTasks,
            @Nullable Intensity intensityComfort, @Nullable Boolean needsPrivateRoom,
            @Nullable Boolean needsStepFree, @Nullable List<String> buddies, @Nullable List<String> avoids,
            @Nullable String language) {
    }

    record FieldProblem(String field, String message) {
    }

    record Rejected(int status, String detail, List<FieldProblem> errors) {
    }

    @GetMapping
    @Operation(summary = "My profile: nickname, language, stay, bed once published, needs and preferences")
    Profile me(Principal principal) {
        long id = participantOf(principal);
        var p = participants.get(id);
        var bed = published.stayOf(id).map(s -> new Bed(s.house(), s.address(), s.room(), s.bed())).orElse(null);
        return new Profile(p.nickname(), p.language(), p.campId(), p.arrivesOn(), p.departsOn(), bed,
                new Needs(p.needsPrivateRoom(), p.needsStepFree(), p.intensityComfort(), p.maxHoursPerDay()),
                preferences.of(id));
    }

    @GetMapping("/schedule")
    @Operation(summary = "My shifts in the published roster (empty before publication); co-workers by nickname")
    List<ScheduledShift> schedule(Principal principal) {
        return published.shiftsOf(participantOf(principal)).stream()
                .map(s -> new ScheduledShift(s.day(), s.start(), s.end(), s.task(), s.site(), s.siteAddress(),
                        s.whatToBring(), s.lead(), s.coworkers()))
                .toList();
    }

    @PutMapping("/preferences")
    @Operation(summary = "Change my preferences: applied at once before publication (200), "
            + "a change request for the organizer after it (202), replacing my request still pending; "
            + "400 lists the fields in error")
    ResponseEntity<SubmittedPreferences> changePreferences(Principal principal, @RequestBody PreferencesBody body,
            @RequestParam(required = false) @Nullable Integer version) {
        long id = participantOf(principal);
        var outcome = preferences.submit(id, complete(body), version);
        return ResponseEntity.status(outcome.applied() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(outcome);
    }

    private static Preferences complete(PreferencesBody b) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (b.arrivesOn() == null) {
            missing.put("arrivesOn", "me.error.required");
        }
        if (b.departsOn() == null) {
            missing.put("departsOn", "me.error.required");
        }
        if (b.intensityComfort() == null) {
            missing.put("intensityComfort", "me.error.required");
        }
        if (b.language() == null) {
            missing.put("language", "me.error.required");
        }
        if (!missing.isEmpty()) {
            throw new PreferencesRejectedException(missing);
        }
        return new Preferences(b.arrivesOn(), b.departsOn(), orEmpty(b.unavailableDays()), orEmpty(b.skills()),
                orEmpty(b.likedTasks()), orEmpty(b.dislikedTasks()), b.intensityComfort(),
                Boolean.TRUE.equals(b.needsPrivateRoom()), Boolean.TRUE.equals(b.needsStepFree()),
                orEmpty(b.buddies()), orEmpty(b.avoids()), b.language());
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An account not linked to a participant has no "me": 404, the same as an unknown participant. */
    private long participantOf(Principal principal) {
        return accounts.participantOf(principal.getName())
                .orElseThrow(() -> new NotFoundException("Participant", 0));
    }

    @ExceptionHandler(PreferencesRejectedException.class)
    ResponseEntity<Rejected> rejected(PreferencesRejectedException e, Principal principal) {
        var language = accounts.languageOf(principal.getName()).orElse(Translations.ENGLISH);
        var errors = e.problems().entrySet().stream()
                .map(p -> new FieldProblem(p.getKey(), Translations.text(language, p.getValue())))
                .toList();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Rejected(400, Translations.text(language, "me.error.summary"), errors));
    }
}
