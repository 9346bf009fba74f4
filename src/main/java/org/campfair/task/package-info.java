/**
 * Host villages, their task sites, tasks and shifts; what a host sees of their village
 * (nicknames only).
 */
@NullMarked
package org.campfair.task;

import org.jspecify.annotations.NullMarked;
