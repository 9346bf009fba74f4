package org.campfair.selfservice;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a participant sees of waiting lists: the seats held for them now, the lists they are on
 * with their place, and the full tasks they may join (eligible for at least one future shift).
 *
 * @param closedReason the message key of why lists are closed (switched off, frozen); null when open
 */
public record MyWaitingLists(@Nullable String closedReason, List<WaitingSeatOffer> held, List<WaitingListEntry> lists,
        List<JoinableTask> joinable) {

    public MyWaitingLists {
        held = List.copyOf(held);
        lists = List.copyOf(lists);
        joinable = List.copyOf(joinable);
    }

    /** A task whose future seats are all taken and that the participant could work on. */
    public record JoinableTask(long taskId, String task) {
    }
}
