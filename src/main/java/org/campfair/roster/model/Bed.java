package org.campfair.roster.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.jspecify.annotations.Nullable;

/**
 * One bed, carrying what the solver needs of its room and house so that constraints need no
 * joins to find them; a problem fact.
 */
public final class Bed {

    private final long id;
    private final String label;
    private final long roomId;
    private final String roomName;
    private final long houseId;
    private final String houseName;
    private final boolean privateRoom;
    private final boolean stepFree;
    private final boolean quiet;
    private final @Nullable RoomRule rule;
    private final double latitude;
    private final double longitude;
    private final Position housePosition;

    public Bed(long id, String label, long roomId, String roomName, long houseId,
            String houseName, boolean privateRoom, boolean stepFree, boolean quiet,
            @Nullable RoomRule rule, double latitude, double longitude) {
        this.id = id;
        this.label = label;
        this.roomId = roomId;
        this.roomName = roomName;
        this.houseId = houseId;
        this.houseName = houseName;
        this.privateRoom = privateRoom;
        this.stepFree = stepFree;
        this.quiet = quiet;
        this.rule = rule;
        this.latitude = latitude;
        this.longitude = longitude;
        this.housePosition = new Position(latitude, longitude);
    }

    /**
     * True when the room rule lets someone of this gender sleep here. An unknown gender
     * satisfies neither rule, because organizers must not guess it.
     */
    public boolean admits(@Nullable Gender gender) {
        if (rule == null) {
            return true;
        }
        return switch (rule) {
            case WOMEN_ONLY -> gender == Gender.FEMALE;
            case MEN_ONLY -> gender == Gender.MALE;
        };
    }

    /** Straight-line distance from this bed's house to the shift's site, in whole metres. */
    public long metresTo(Shift shift) {
        return housePosition.metresTo(shift.getSite().position());
    }

    /** Where the house is; beds of one house give equal positions. */
    public Position getHousePosition() {
        return housePosition;
    }

    @PlanningId
    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public long getRoomId() {
        return roomId;
    }

    public String getRoomName() {
        return roomName;
    }

    public long getHouseId() {
        return houseId;
    }

    public String getHouseName() {
        return houseName;
    }

    public boolean isPrivateRoom() {
        return privateRoom;
    }

    public boolean isStepFree() {
        return stepFree;
    }

    public boolean isQuiet() {
        return quiet;
    }

    public @Nullable RoomRule getRule() {
        return rule;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Bed bed && id == bed.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return houseName + " / " + roomName + " / " + label;
    }
}
