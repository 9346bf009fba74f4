/**
 * Calendar invites by email (iMIP, RFC 6047): when a publication adds, changes or cancels a
 * participant's events, one message per participant and method (REQUEST or CANCEL) is queued
 * in the same transaction, then sent in the background so publishing never waits for a mail
 * server. Failed sends are retried and reported; a send that may have reached the server is
 * never repeated. Nothing is queued unless {@code spring.mail.host} is set.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.calendar.mail;
