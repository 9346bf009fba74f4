package org.campfair.roster.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * Builds volunteers, shifts, beds, seats and stays for tests with camp-like defaults, so a
 * test only spells out the fields its rule is about. The camp week starts on a Monday.
 */
public final class TestCamp {

    public static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);
    public static final LocalDate TUESDAY = MONDAY.plusDays(1);
    public static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    public static final LocalDate THURSDAY = MONDAY.plusDays(3);
    public static final LocalDate SUNDAY = MONDAY.plusDays(6);

    private TestCamp() {
    }

    public static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0);
    }

    public static VolunteerBuilder volunteer(long id, String nickname) {
        return new VolunteerBuilder(id, nickname);
    }

    public static ShiftBuilder shift(long id, String taskName, LocalDate day, int fromHour,
            int toHour) {
        return new ShiftBuilder(id, taskName, at(day, fromHour), at(day, toHour));
    }

    public static BedBuilder bed(long id) {
        return new BedBuilder(id);
    }

    public static Seat seat(Shift shift, int index, @Nullable Volunteer volunteer) {
        return new Seat(shift.getId() + "-" + index, shift, index, volunteer, false, null);
    }

    /** A seat of a re-plan, which held {@code published} in the published roster. */
    public static Seat seat(Shift shift, int index, @Nullable Volunteer volunteer,
            @Nullable Volunteer published) {
        return new Seat(shift.getId() + "-" + index, shift, index, volunteer, false, published);
    }

    /** Seats 0 .. maxHeadcount-1 of the shift, all empty. */
    public static List<Seat> emptySeats(Shift shift) {
        List<Seat> seats = new ArrayList<>();
        for (int index = 0; index < shift.getMaxHeadcount(); index++) {
            seats.add(seat(shift, index, null));
        }
        return seats;
    }

    public static Stay stay(Volunteer volunteer, @Nullable Bed bed) {
        return new Stay(volunteer.getId(), volunteer, bed, false, null);
    }

    /** A stay of a re-plan, which had {@code published} in the published roster. */
    public static Stay stay(Volunteer volunteer, @Nullable Bed bed, @Nullable Bed published) {
        return new Stay(volunteer.getId(), volunteer, bed, false, published);
    }

    public static final class VolunteerBuilder {
        private final long id;
        private final String nickname;
        private Set<String> skills = Set.of();
        private LocalDate arrivesOn = MONDAY;
        private LocalDate departsOn = SUNDAY;
        private List<TimeWindow> unavailable = List.of();
        private int maxHoursPerDay = 8;
        private boolean needsPrivateRoom;
        private boolean needsStepFree;
        private @Nullable Gender gender;
        private boolean returning;
        private Intensity intensityComfort = Intensity.HEAVY;
        private final Set<Long> likedTaskIds = new HashSet<>();
        private final Set<Long> dislikedTaskIds = new HashSet<>();
        private final Set<Long> buddyIds = new HashSet<>();
        private final Set<Long> avoidIds = new HashSet<>();

        private VolunteerBuilder(long id, String nickname) {
            this.id = id;
            this.nickname = nickname;
        }

        public VolunteerBuilder skills(String... skills) {
            this.skills = Set.of(skills);
            return this;
        }

        public VolunteerBuilder staying(LocalDate arrivesOn, LocalDate departsOn) {
            this.arrivesOn = arrivesOn;
            this.departsOn = departsOn;
            return this;
        }

        public VolunteerBuilder unavailable(LocalDateTime start, LocalDateTime end) {
            this.unavailable = List.of(new TimeWindow(start, end));
            return this;
        }

        public VolunteerBuilder maxHoursPerDay(int maxHoursPerDay) {
            this.maxHoursPerDay = maxHoursPerDay;
            return this;
        }

        public VolunteerBuilder needsPrivateRoom() {
            this.needsPrivateRoom = true;
            return this;
        }

        public VolunteerBuilder needsStepFree() {
            this.needsStepFree = true;
            return this;
        }

        public VolunteerBuilder gender(@Nullable Gender gender) {
            this.gender = gender;
            return this;
        }

        /** Has been to a camp before, so can lead and needs no gentle start. */
        public VolunteerBuilder returning() {
            this.returning = true;
            return this;
        }

        public VolunteerBuilder comfortableWith(Intensity intensityComfort) {
            this.intensityComfort = intensityComfort;
            return this;
        }

        public VolunteerBuilder likes(long taskId) {
            likedTaskIds.add(taskId);
            return this;
        }

        public VolunteerBuilder dislikes(long taskId) {
            dislikedTaskIds.add(taskId);
            return this;
        }

        public VolunteerBuilder buddyOf(long volunteerId) {
            buddyIds.add(volunteerId);
            return this;
        }

        public VolunteerBuilder keepApartFrom(long volunteerId) {
            avoidIds.add(volunteerId);
            return this;
        }

        public Volunteer build() {
            return new Volunteer(id, nickname, skills, returning, arrivesOn, departsOn,
                    unavailable, maxHoursPerDay, intensityComfort, needsPrivateRoom,
                    needsStepFree, gender,
                    new Preferences(likedTaskIds, dislikedTaskIds, buddyIds, avoidIds));
        }
    }

    public static final class ShiftBuilder {
        private final long id;
        private final String taskName;
        private final LocalDateTime start;
        private final LocalDateTime end;
        private Set<String> requiredSkills = Set.of();
        private int minHeadcount = 1;
        private int maxHeadcount = 1;
        private long taskId;
        private Intensity intensity = Intensity.MODERATE;
        private boolean needsLead;
        private String siteName = "Site";
        private double siteLatitude;
        private double siteLongitude;

        private ShiftBuilder(long id, String taskName, LocalDateTime start, LocalDateTime end) {
            this.id = id;
            this.taskName = taskName;
            this.start = start;
            this.end = end;
        }

        public ShiftBuilder requires(String... skills) {
            this.requiredSkills = Set.of(skills);
            return this;
        }

        public ShiftBuilder headcount(int min, int max) {
            this.minHeadcount = min;
            this.maxHeadcount = max;
            return this;
        }

        /** The task id defaults to the shift id, so every test shift is its own task. */
        public ShiftBuilder task(long taskId) {
            this.taskId = taskId;
            return this;
        }

        public ShiftBuilder intensity(Intensity intensity) {
            this.intensity = intensity;
            return this;
        }

        public ShiftBuilder needsLead() {
            this.needsLead = true;
            return this;
        }

        public ShiftBuilder at(String siteName, double siteLatitude, double siteLongitude) {
            this.siteName = siteName;
            this.siteLatitude = siteLatitude;
            this.siteLongitude = siteLongitude;
            return this;
        }

        public Shift build() {
            return new Shift(id, taskId == 0 ? id : taskId, taskName, requiredSkills, intensity,
                    start, end, minHeadcount, maxHeadcount, needsLead, siteName, siteLatitude,
                    siteLongitude);
        }
    }

    public static final class BedBuilder {
        private final long id;
        private long roomId = 1;
        private String roomName = "Room 1";
        private long houseId = 1;
        private String houseName = "House 1";
        private boolean privateRoom;
        private boolean stepFree;
        private @Nullable RoomRule rule;
        private double latitude;
        private double longitude;

        private BedBuilder(long id) {
            this.id = id;
        }

        public BedBuilder in(long houseId, String houseName, long roomId, String roomName) {
            this.houseId = houseId;
            this.houseName = houseName;
            this.roomId = roomId;
            this.roomName = roomName;
            return this;
        }

        public BedBuilder privateRoom() {
            this.privateRoom = true;
            return this;
        }

        public BedBuilder stepFree() {
            this.stepFree = true;
            return this;
        }

        public BedBuilder rule(RoomRule rule) {
            this.rule = rule;
            return this;
        }

        public BedBuilder at(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
            return this;
        }

        public Bed build() {
            return new Bed(id, "Bed " + id, roomId, roomName, houseId, houseName, privateRoom,
                    stepFree, false, rule, latitude, longitude);
        }
    }
}
