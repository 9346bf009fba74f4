package org.campfair.participant;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Buddies, and people to avoid, each: a few names the solver can honour, not the whole camp. */
    static final int MAX_PEOPLE = 10;

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
     * roster is published (replacing the participant's request still pending, if any). {@code readVersion} is the version the form was filled from (null:
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
        } else if (!distinct(p.skills())) {
            problems.put("skills", "me.error.listedTwice");
        }
        // Each list names distinct things that exist in the camp, so none is longer than the camp's own lists.
        var tasks = new HashSet<>(choices.tasks());
        var nicknames = new HashSet<>(choices.otherNicknames());
        choose(problems, "likedTasks", p.likedTasks(), tasks, "me.error.unknownTask");
        choose(problems, "dislikedTasks", p.dislikedTasks(), tasks, "me.error.unknownTask");
        if (!problems.containsKey("dislikedTasks") && overlap(p.likedTasks(), p.dislikedTasks())) {
            problems.put("dislikedTasks", "me.error.likedAndDisliked");
        }
        choose(problems, "buddies", p.buddies(), nicknames, "me.error.unknownNickname");
        choose(problems, "avoids", p.avoids(), nicknames, "me.error.unknownNickname");
        if (p.buddies().size() > MAX_PEOPLE) {
            problems.put("buddies", "me.error.tooManyPeople");
        }
        if (p.avoids().size() > MAX_PEOPLE) {
            problems.put("avoids", "me.error.tooManyPeople");
        }
        if (!problems.containsKey("avoids") && overlap(p.buddies(), p.avoids())) {
            problems.put("avoids", "me.error.buddyAndAvoid");
        }
        if (Translations.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(p.language()))) {
            problems.put("language", "me.error.language");
        }
        if (!problems.isEmpty()) {
            throw new PreferencesRejectedException(problems);
        }
    }

    /** A list of names chosen from {@code allowed}: each at most once, and each known. */
    private static void choose(Map<String, String> problems, String field, List<String> chosen, Set<String> allowed,
            String unknownKey) {
        if (!distinct(chosen)) {
            problems.put(field, "me.error.listedTwice");
        } else if (!allowed.containsAll(chosen)) {
            problems.put(field, unknownKey);
        }
    }

    private static boolean distinct(List<String> list) {
        return new HashSet<>(list).size() == list.size();
    }

    private static boolean overlap(List<String> a, List<String> b) {
        var common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }
}
