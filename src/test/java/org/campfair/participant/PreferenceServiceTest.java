package org.campfair.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.i18n.Translations;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;

@CampfairIntegrationTest
class PreferenceServiceTest {

    @Autowired
    PreferenceService preferences;
    @Autowired
    ParticipantService participants;
    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;

    private long campId;
    private Participant mikan;

    @BeforeEach
    void freshCamp() {
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        mikan = participants.listByCamp(campId).getFirst();
    }

    private Preferences wanted(Preferences now, Intensity intensity) {
        return new Preferences(now.arrivesOn(), now.departsOn(), List.of(now.arrivesOn()), List.of("driving"),
                now.likedTasks(), now.dislikedTasks(), intensity, true, false, now.buddies(), now.avoids(), "en");
    }

    @Test
    void beforePublicationAChangeAppliesAndKeepsOtherUnavailability() {
        var partial = LocalDateTime.of(mikan.arrivesOn(), java.time.LocalTime.of(13, 0));
        jdbc.sql("insert into participant_unavailability (participant_id, starts_at, ends_at) values (?, ?, ?)")
                .params(mikan.id(), partial, partial.plusHours(3)).update();
        var now = preferences.of(mikan.id());

        var outcome = preferences.submit(mikan.id(), wanted(now, Intensity.LIGHT), preferences.versionOf(mikan.id()));

        assertThat(outcome.applied()).isTrue();
        var saved = preferences.of(mikan.id());
        assertThat(saved.intensityComfort()).isEqualTo(Intensity.LIGHT);
        assertThat(saved.unavailableDays()).containsExactly(mikan.arrivesOn());
        assertThat(saved.skills()).containsExactly("driving");
        assertThat(jdbc.sql("select count(*) from participant_unavailability where participant_id = ? and starts_at = ?")
                .params(mikan.id(), partial).query(Long.class).single()).as("a half-day stays").isEqualTo(1);
    }

    @Test
    void aFormFilledFromAnOlderVersionIsRefusedAsStale() {
        int read = preferences.versionOf(mikan.id());
        jdbc.sql("update participant set version = version + 1 where id = ?").param(mikan.id()).update();
        var now = preferences.of(mikan.id());
        assertThatThrownBy(() -> preferences.submit(mikan.id(), wanted(now, Intensity.HEAVY), read))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void everyRuleNamesItsFieldWithAMessageInEachLanguage() {
        var now = preferences.of(mikan.id());
        var other = participants.listByCamp(campId).get(1).nickname();
        var bad = new Preferences(now.arrivesOn().minusYears(1), now.arrivesOn().minusYears(2),
                List.of(now.departsOn().plusDays(30)), List.of(" "), List.of("Nope"), List.of("Nope too"),
                Intensity.LIGHT, false, false, List.of("Nobody"), List.of(other), "fr");
        assertThatThrownBy(() -> preferences.submit(mikan.id(), bad, null))
                .isInstanceOfSatisfying(PreferencesRejectedException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("arrivesOn", "departsOn", "unavailableDays", "skills",
                            "likedTasks", "dislikedTasks", "buddies", "language");
                    e.problems().values().forEach(key -> Translations.LANGUAGES.forEach(language ->
                            assertThat(Translations.text(language, key)).as(key).doesNotStartWith("!")));
                });
        var both = new Preferences(now.arrivesOn(), now.departsOn(), List.of(), List.of(), List.of(), List.of(),
                Intensity.LIGHT, false, false, List.of(other), List.of(other), "ja");
        assertThatThrownBy(() -> preferences.submit(mikan.id(), both, null))
                .isInstanceOfSatisfying(PreferencesRejectedException.class,
                        e -> assertThat(e.problems()).containsEntry("avoids", "me.error.buddyAndAvoid"));
    }

    @Test
    void afterPublicationARequestWaitsAndCanBeDeclined() {
        jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft')").param(campId).update();
        var now = preferences.of(mikan.id());

        var outcome = preferences.submit(mikan.id(), wanted(now, Intensity.HEAVY), null);

        assertThat(outcome.applied()).isFalse();
        assertThat(preferences.of(mikan.id())).isEqualTo(now);
        var pending = preferences.pendingRequests(campId);
        assertThat(pending).singleElement().satisfies(r -> {
            assertThat(r.nickname()).isEqualTo(mikan.nickname());
            assertThat(r.wanted().intensityComfort()).isEqualTo(Intensity.HEAVY);
        });
        preferences.decline(pending.getFirst());
        assertThat(preferences.requestsOf(mikan.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ChangeRequest.Status.DECLINED));
        assertThat(preferences.pendingRequests(campId)).isEmpty();
        assertThatThrownBy(() -> preferences.accept(pending.getFirst())).as("decided already")
                .isInstanceOf(StaleRecordException.class);
        assertThat(preferences.of(mikan.id())).isEqualTo(now);
    }

    @Test
    void afterPublicationANewerChangeReplacesThePendingRequest() {
        jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft')").param(campId).update();
        var now = preferences.of(mikan.id());

        var first = preferences.submit(mikan.id(), wanted(now, Intensity.HEAVY), null);
        for (int i = 0; i < 3; i++) {
            assertThat(preferences.submit(mikan.id(), wanted(now, Intensity.HEAVY), null).changeRequestId())
                    .isEqualTo(first.changeRequestId());
        }
        preferences.submit(mikan.id(), wanted(now, Intensity.LIGHT), null);

        assertThat(preferences.requestsOf(mikan.id())).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(first.changeRequestId());
            assertThat(r.status()).isEqualTo(ChangeRequest.Status.PENDING);
            assertThat(r.wanted().intensityComfort()).as("the newest wish").isEqualTo(Intensity.LIGHT);
            assertThat(r.version()).isEqualTo(4);
        });
        // The database holds the rule too, whoever writes.
        assertThatThrownBy(() -> jdbc.sql("insert into preference_change_request (participant_id, preferences) "
                + "select participant_id, preferences from preference_change_request where id = ?")
                .param(first.changeRequestId()).update()).isInstanceOf(DataIntegrityViolationException.class);

        // Once decided, a new wish is a new request.
        preferences.decline(preferences.requestsOf(mikan.id()).getFirst());
        var next = preferences.submit(mikan.id(), wanted(now, Intensity.MODERATE), null);
        assertThat(next.changeRequestId()).isNotEqualTo(first.changeRequestId());
        assertThat(preferences.requestsOf(mikan.id())).hasSize(2);
    }

    @Test
    void listsNameEachChoiceOnceAndNoMoreThanTheCampHolds() {
        var now = preferences.of(mikan.id());
        var task = preferences.choicesFor(mikan.id()).tasks().getFirst();
        var others = preferences.choicesFor(mikan.id()).otherNicknames();
        var twice = new Preferences(now.arrivesOn(), now.departsOn(), List.of(), List.of("driving", "driving"),
                List.of(task, task), List.of(), Intensity.LIGHT, false, false, List.of(others.getFirst(),
                        others.getFirst()), List.of(), "en");
        assertThatThrownBy(() -> preferences.submit(mikan.id(), twice, null))
                .isInstanceOfSatisfying(PreferencesRejectedException.class, e -> assertThat(e.problems())
                        .containsEntry("skills", "me.error.listedTwice")
                        .containsEntry("likedTasks", "me.error.listedTwice")
                        .containsEntry("buddies", "me.error.listedTwice"));

        var everyone = new Preferences(now.arrivesOn(), now.departsOn(), List.of(), List.of(), List.of(), List.of(),
                Intensity.LIGHT, false, false, List.of(), others.subList(0, PreferenceService.MAX_PEOPLE + 1), "en");
        assertThatThrownBy(() -> preferences.submit(mikan.id(), everyone, null))
                .isInstanceOfSatisfying(PreferencesRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(java.util.Map.entry("avoids", "me.error.tooManyPeople")));
        for (var key : List.of("me.error.listedTwice", "me.error.tooManyPeople")) {
            Translations.LANGUAGES.forEach(language ->
                    assertThat(Translations.text(language, key)).as(key).doesNotStartWith("!"));
        }

        var days = now.arrivesOn().datesUntil(now.departsOn().plusDays(1)).toList();
        var allDaysTwice = new java.util.ArrayList<>(days);
        allDaysTwice.addAll(days);
        var busy = new Preferences(now.arrivesOn(), now.departsOn(), allDaysTwice, List.of(), List.of(), List.of(),
                Intensity.LIGHT, false, false, List.of(), List.of(), "en");
        preferences.submit(mikan.id(), busy, null);
        assertThat(preferences.of(mikan.id()).unavailableDays()).as("each day once").isEqualTo(days);
    }

    @Test
    @WithMockUser(username = "not-an-organizer-of-this-camp", roles = "ORGANIZER",
            setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void organizersOfOtherCampsCannotSeeOrDecideRequests() {
        assertThatThrownBy(() -> preferences.pendingRequests(campId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.update(mikan)).isInstanceOf(AccessDeniedException.class);
    }
}
