package org.campfair.task;

/** A village that hosts camps; the same village can host a camp every year. */
public record HostVillage(long id, String name, int version) {
}
