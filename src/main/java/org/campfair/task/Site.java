package org.campfair.task;

/**
 * A place in a host village where work happens. Sites belong to the village, not to one
 * camp, so next year's camp finds them again. Coordinates are WGS84 decimal degrees.
 */
public record Site(long id, long villageId, String name, String address, double latitude, double longitude,
        int version) {

    public static boolean validLatitude(double latitude) {
        return latitude >= -90 && latitude <= 90;
    }

    public static boolean validLongitude(double longitude) {
        return longitude >= -180 && longitude <= 180;
    }
}
