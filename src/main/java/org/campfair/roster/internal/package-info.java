/**
 * The one place where database rows become the planning model and solutions become rows
 * again; the solver beans, the explanation writer, and the durable solve jobs (db-scheduler's
 * queue in PostgreSQL and our job rows) that let any instance run or resume a solve.
 */
@NullMarked
package org.campfair.roster.internal;

import org.jspecify.annotations.NullMarked;
