/**
 * The organizer's set-up of villages, sites, tasks and shifts, and the host village's page:
 * who is coming (nicknames only) and the village's own tasks and shifts to edit.
 */
@NullMarked
package org.campfair.task.ui;

import org.jspecify.annotations.NullMarked;
