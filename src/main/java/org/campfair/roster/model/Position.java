package org.campfair.roster.model;

/** A point on the map in WGS84 degrees: where a house or a work site is. */
public record Position(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    /**
     * Straight-line distance in whole metres, by the haversine formula. Village roads wind,
     * but the straight line ranks houses the same way and needs no map data.
     */
    public long metresTo(Position other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a)));
    }
}
