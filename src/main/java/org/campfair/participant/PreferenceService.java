package org.campfair.participant;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campfair.participant.internal.PreferenceRepository;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.CampAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's own preferences. Before the camp's roster is published a change applies at
 * once; after publication it becomes a change request that an organizer accepts (and so
 * applies) or declines, so a published roster never shifts under people's feet. Callers pass
 * the participant the signed-in account is linked to; organizer decisions check the camp grant.
 */
@Service
@Transactional(readOnly = true)
public class PreferenceService {

    static final int MAX_SKILLS = 20;
    static final int MAX_SKILL_LENGTH = 40;

    private final PreferenceRepository preferences;
    private final CampAccess access;
    private final Clock clock;

    PreferenceService(PreferenceRepository preferences, CampAccess access, Clock clock) {
        this.preferences = preferences;
        this.access = access;
        this.clock = clock;
    }

    public Preferences of(long participantId) {
        return stored(participantId).preferences();
    }

    /** The version of the participant row the preferences were read from, for optimistic locking. */
    public int versionOf(long participantId) {
        return stored(participantId).version();
    }

    public PreferenceChoices choicesFor(long participantId) {
        stored(participantId);
        return preferences.choices(participantId);
    }

    public boolean published(long participantId) {
        return preferences.published(stored(participantId).campId());
    }

    /**
     * Checks the preferences and applies them, or files them as a change request once the
     * roster is published. {@code readVersion} is the version the form was filled from (null:
     * the current one); a participant row changed since then is refused as stale.
     */
    @Transactional
    public SubmittedPreferences submit(long participantId, Preferences wanted, @Nullable Integer readVersion) {
        var current = stored(participantId);
        check(participantId, wanted);
        if (preferences.published(current.campId())) {
            return SubmittedPreferences.requested(preferences.request(participantId, wanted));
        }
        preferences.apply(participantId, wanted, readVersion == null ? current.version() : readVersion);
        return SubmittedPreferences.appliedNow();
    }

    public List<ChangeRequest> requestsOf(long participantId) {
        stored(participantId);
        return preferences.requestsOf(participantId);
    }

    public List<ChangeRequest> pendingRequests(long campId) {
        access.requireOrganizer(campId);
        return preferences.pendingInCamp(campId);
    }

    /** Applies the wanted preferences (checked again: the camp may have changed) and closes the request. */
    @Transactional
    public void accept(ChangeRequest request) {
        var current = stored(request.participantId());
        access.requireOrganizer(current.campId());
        check(request.participantId(), request.wanted());
        preferences.decide(request, ChangeRequest.Status.ACCEPTED, clock.instant());
        preferences.apply(request.participantId(), request.wanted(), current.version());
    }

    @Transactional
    public void decline(ChangeRequest request) {
        access.requireOrganizer(stored(request.participantId()).campId());
        preferences.decide(request, ChangeRequest.Status.DECLINED, clock.instant());
    }

    /** The participant's stored preferences, for them or an organizer of their camp only. */
    private PreferenceRepository.Stored stored(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return preferences.find(participantId).orElseThrow(() -> new NotFoundException("Participant", participantId));
    }

    /** Every rule the form and the API share; one message key per field. */
    void check(long participantId, Preferences p) {
        var choices = preferences.choices(participantId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (p.arrivesOn().isBefore(choices.campStartsOn()) || p.arrivesOn().isAfter(choices.campEndsOn())) {
            problems.put("arrivesOn", "me.error.outsideCamp");
        }
        if (p.departsOn().isBefore(p.arrivesOn())) {
            problems.put("departsOn", "me.error.departsBeforeArrives");
        } else if (p.departsOn().isAfter(choices.campEndsOn())) {
            problems.put("departsOn", "me.error.outsideCamp");
        }
        if (p.unavailableDays().stream().anyMatch(d -> d.isBefore(p.arrivesOn()) || d.isAfter(p.departsOn()))) {
            problems.put("unavailableDays", "me.error.dayOutsideStay");
        }
        if (p.skills().size() > MAX_SKILLS
                || p.skills().stream().anyMatch(s -> s.isBlank() || s.length() > MAX_SKILL_LENGTH)) {
            problems.put("skills", "me.error.skills");
        }
        if (!choices.tasks().containsAll(p.likedTasks())) {
            problems.put("likedTasks", "me.error.unknownTask");
        }
        if (!choices.tasks().containsAll(p.dislikedTasks())) {
            problems.put("dislikedTasks", "me.error.unknownTask");
        } else if (overlap(p.likedTasks(), p.dislikedTasks())) {
            problems.put("dislikedTasks", "me.error.likedAndDisliked");
        }
        if (!choices.otherNicknames().containsAll(p.buddies())) {
            problems.put("buddies", "me.error.unknownNickname");
        }
        if (!choices.otherNicknames().containsAll(p.avoids())) {
            problems.put("avoids", "me.error.unknownNickname");
        } else if (overlap(p.buddies(), p.avoids())) {
            problems.put("avoids", "me.error.buddyAndAvoid");
        }
        if (Translations.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(p.language()))) {
            problems.put("language", "me.error.language");
        }
        if (!problems.isEmpty()) {
            throw new PreferencesRejectedException(problems);
        }
    }

    private static boolean overlap(List<String> a, List<String> b) {
        var common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }
}
