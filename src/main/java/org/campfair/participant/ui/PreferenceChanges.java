package org.campfair.participant.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.campfair.participant.Preferences;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.task.Intensity;

/**
 * What a change request changes: only the fields that differ, each as text before and after,
 * in the reader's language. Fields are named as the components of {@link Preferences}, so the
 * organizer's list labels them about the participant and the participant's own form marks
 * its fields.
 */
final class PreferenceChanges {

    /** One changed field: {@code field} is the name of the {@link Preferences} component. */
    record Change(String field, String before, String after) {
    }

    private final Component reader;
    private final DateFormats dates;

    /** {@code reader}: the component whose language the texts are in; {@code locale}: its locale. */
    PreferenceChanges(Component reader, Locale locale) {
        this.reader = reader;
        this.dates = DateFormats.of(locale);
    }

    List<Change> between(Preferences before, Preferences after) {
        var changes = new ArrayList<Change>();
        compare(changes, "arrivesOn", before, after, p -> dates.day(p.arrivesOn()));
        compare(changes, "departsOn", before, after, p -> dates.day(p.departsOn()));
        compare(changes, "unavailableDays", before, after, p -> p.unavailableDays().isEmpty()
                ? reader.getTranslation("participant.change.none")
                : String.join(", ", p.unavailableDays().stream().map(dates::day).toList()));
        compare(changes, "skills", before, after, p -> list(p.skills()));
        compare(changes, "likedTasks", before, after, p -> list(p.likedTasks()));
        compare(changes, "dislikedTasks", before, after, p -> list(p.dislikedTasks()));
        compare(changes, "intensityComfort", before, after, p -> intensity(p.intensityComfort()));
        compare(changes, "needsPrivateRoom", before, after, p -> yesNo(p.needsPrivateRoom()));
        compare(changes, "needsStepFree", before, after, p -> yesNo(p.needsStepFree()));
        compare(changes, "buddies", before, after, p -> list(p.buddies()));
        compare(changes, "avoids", before, after, p -> list(p.avoids()));
        compare(changes, "language", before, after, p -> language(p.language()));
        return changes;
    }

    private static void compare(List<Change> changes, String field, Preferences before, Preferences after,
            Function<Preferences, String> text) {
        String was = text.apply(before);
        String wanted = text.apply(after);
        if (!Objects.equals(was, wanted)) {
            changes.add(new Change(field, was, wanted));
        }
    }

    /** Sorted, so the same names picked in another order are no change (days come sorted already). */
    private String list(List<String> items) {
        return items.isEmpty() ? reader.getTranslation("participant.change.none")
                : String.join(", ", items.stream().sorted().toList());
    }

    private String yesNo(boolean value) {
        return reader.getTranslation(value ? "participant.change.yes" : "participant.change.no");
    }

    private String intensity(Intensity intensity) {
        return switch (intensity) {
            case LIGHT -> reader.getTranslation("me.intensity.light");
            case MODERATE -> reader.getTranslation("me.intensity.moderate");
            case HEAVY -> reader.getTranslation("me.intensity.heavy");
        };
    }

    private static String language(String tag) {
        var language = Locale.forLanguageTag(tag);
        return language.getDisplayLanguage(language);
    }
}
