package org.campfair.roster.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
        return new Seat(shift.getId() + "-" + index, shift, index, volunteer, false);
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
        return new Stay(volunteer.getId(), volunteer, bed, false);
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

        public Volunteer build() {
            return new Volunteer(id, nickname, skills, false, arrivesOn, departsOn, unavailable,
                    maxHoursPerDay, Intensity.HEAVY, needsPrivateRoom, needsStepFree, gender);
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

        public Shift build() {
            return new Shift(id, taskName, requiredSkills, Intensity.MODERATE, start, end,
                    minHeadcount, maxHeadcount, false, 0, 0);
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

        public Bed build() {
            return new Bed(id, "Bed " + id, roomId, roomName, houseId, houseName, privateRoom,
                    stepFree, false, rule, 0, 0);
        }
    }
}
