package org.campfair.selfservice;

/**
 * A participant's place on the waiting list of a task.
 *
 * @param position 1 for the next person offered a freed seat
 * @param length how many people wait for the task
 */
public record WaitingListEntry(long taskId, String task, int position, int length) {
}
