/**
 * Host villages, their task sites, tasks and shifts: the organizer's set-up
 * ({@link org.campfair.task.TaskService}) and what a signed-in host may see and edit of their
 * own village ({@link org.campfair.task.HostTaskService}, nicknames only).
 */
@ApplicationModule(displayName = "Work plan")
@NullMarked
package org.campfair.task;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
