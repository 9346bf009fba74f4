package org.campfair.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.web.JsonApi;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's own preferences over HTTP Basic, always those of the participant the
 * signed-in account is linked to. The rest of "me" (profile and published schedule) is in
 * roster's MeApi, under the same tag.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me", description = "Participants only (HTTP Basic): their own data")
class MyPreferencesApi {

    private final AccountService accounts;
    private final PreferenceService preferences;

    MyPreferencesApi(AccountService accounts, PreferenceService preferences) {
        this.accounts = accounts;
        this.preferences = preferences;
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

    @PutMapping("/preferences")
    @Operation(summary = "Change my preferences: applied at once before publication (200), "
            + "a change request for the organizer after it (202), replacing my request still pending; "
            + "400 lists the fields in error")
    ResponseEntity<SubmittedPreferences> changePreferences(Principal principal, @RequestBody PreferencesBody body,
            @RequestParam(required = false) @Nullable Integer version) {
        long id = accounts.signedInParticipant(principal);
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
