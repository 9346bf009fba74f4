/**
 * The host village's page: its shifts and who is coming, by nickname.
 */
@NullMarked
package org.campfair.task.ui;

import org.jspecify.annotations.NullMarked;
