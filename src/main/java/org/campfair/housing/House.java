package org.campfair.housing;

/** A vacant house lent to one camp; coordinates are WGS84 decimal degrees. */
public record House(long id, long campId, String name, String address, double latitude, double longitude,
        int version) {
}
