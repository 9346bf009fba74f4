package org.campfair.roster.solver.justifications;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import org.campfair.roster.model.Volunteer;

/** Everyone's work per day at camp, busiest first, so the panel can show who carries most. */
public record FairWorkloadJustification(List<Share> shares) implements RuleJustification {

    @Override
    public Statement statement(Wording wording) {
        if (shares.isEmpty()) {
            return new Statement(wording.text("roster.explain.fair"), List.of(), null, null);
        }
        var byLoad = shares.stream().sorted(Comparator.comparingDouble(Share::minutesPerDay)).toList();
        var least = byLoad.getFirst();
        var most = byLoad.getLast();
        return new Statement(wording.text("roster.explain.workRange",
                wording.hours(Math.round(least.minutesPerDay())), least.nickname(),
                wording.hours(Math.round(most.minutesPerDay())), most.nickname()), List.of(), null, null);
    }

    /** One volunteer's worked minutes per day they are at camp. */
    public record Share(String nickname, double minutesPerDay) {
    }

    /**
     * Reads loads measured in hundredths of a minute per day, the unit the fair workload
     * constraint balances in.
     */
    public static FairWorkloadJustification of(LoadBalance<Volunteer> balance) {
        List<Share> shares = balance.loads().entrySet().stream()
                .map(FairWorkloadJustification::share)
                .sorted(Comparator.comparingDouble(Share::minutesPerDay).reversed()
                        .thenComparing(Share::nickname))
                .toList();
        return new FairWorkloadJustification(shares);
    }

    private static Share share(Map.Entry<Volunteer, Long> load) {
        return new Share(load.getKey().getNickname(), load.getValue() / 100.0);
    }
}
