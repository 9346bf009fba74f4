package org.campfair.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.campfair.camp.Camp;
import org.campfair.camp.CampStatus;

/**
 * Which of a village's camps its host sees, and in what order: only published ones (a draft,
 * or a fresh copy of last year's camp, has nobody coming yet), the running or next camp first,
 * later ones after it, then past camps newest first. "Today" is each camp's own day in its
 * time zone, so a camp abroad changes over at its own midnight.
 */
public final class HostedCamps {

    private HostedCamps() {
    }

    public static List<Camp> publishedInOrder(List<Camp> hosted, Clock clock) {
        var published = hosted.stream().filter(camp -> camp.status() == CampStatus.PUBLISHED).toList();
        var comingOrRunning = published.stream().filter(camp -> !isOver(camp, clock))
                .sorted(Comparator.comparing(Camp::startsOn).thenComparing(Camp::id));
        var past = published.stream().filter(camp -> isOver(camp, clock))
                .sorted(Comparator.comparing(Camp::endsOn).thenComparing(Camp::id).reversed());
        return Stream.concat(comingOrRunning, past).toList();
    }

    private static boolean isOver(Camp camp, Clock clock) {
        return camp.endsOn().isBefore(LocalDate.now(clock.withZone(camp.timeZone())));
    }
}
