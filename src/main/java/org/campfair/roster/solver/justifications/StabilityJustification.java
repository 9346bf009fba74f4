package org.campfair.roster.solver.justifications;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One assignment of the published roster that a re-plan changed: a seat or a bed. */
public sealed interface StabilityJustification extends RuleJustification {

    /**
     * Seat {@code seatNumber} (from 1) of the shift went from {@code publishedNickname} to
     * {@code nickname}, or to nobody.
     */
    record SeatChanged(String taskName, LocalDateTime start, int seatNumber,
            String publishedNickname, @Nullable String nickname) implements StabilityJustification {

        @Override
        public Statement statement(Wording wording) {
            if (nickname == null) {
                return new Statement(wording.text("roster.explain.seatEmptied", taskName, wording.when(start),
                        seatNumber, publishedNickname), List.of(publishedNickname), taskName, start.toLocalDate());
            }
            return new Statement(wording.text("roster.explain.seatChanged", taskName, wording.when(start), seatNumber,
                    publishedNickname, nickname), List.of(publishedNickname, nickname), taskName, start.toLocalDate());
        }
    }

    /** {@code nickname} moved from the published bed to another one, or to none. */
    record BedChanged(String nickname, BedPlace published, @Nullable BedPlace now)
            implements StabilityJustification {

        @Override
        public Statement statement(Wording wording) {
            String sentence = now == null
                    ? wording.text("roster.explain.bedLost", nickname, published.roomName(), published.houseName())
                    : wording.text("roster.explain.bedChanged", nickname, published.roomName(),
                            published.houseName(), now.roomName(), now.houseName());
            return new Statement(sentence, List.of(nickname), null, null);
        }
    }

    record BedPlace(String houseName, String roomName, String bedLabel) {
    }
}
