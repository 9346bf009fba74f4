package org.campfair.roster.model;

/** Where a task is done; shifts of tasks at one site give equal sites. */
public record Site(String name, Position position) {
}
