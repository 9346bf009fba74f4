package org.campfair.importing.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.jspecify.annotations.Nullable;

/**
 * Makes up the houses and rooms of a generated camp: single rooms for everyone who needs one
 * and a few more, ground-floor rooms for those who need step-free access, some women-only
 * and men-only rooms, and shared rooms of 2-4 beds until there are about 10% more beds than
 * people. Rooms are spread over the houses so that every house is used.
 */
final class HousingGenerator {

    record Room(String kind, int beds, boolean privateRoom, boolean stepFree, boolean quiet, @Nullable RoomRule rule) {
    }

    record House(String name, String address, double latitude, double longitude, List<Room> rooms) {
    }

    private final RandomGenerator random;
    private final NamePool names;

    HousingGenerator(RandomGenerator random, NamePool names) {
        this.random = random;
        this.names = names;
    }

    List<House> generate(CampSize size, List<GeneratedParticipant> people) {
        var rooms = rooms(people);
        Collections.shuffle(rooms, random);
        var houses = new ArrayList<House>();
        for (int h = 0; h < size.houses(); h++) {
            String hamlet = NamePool.hamlet(h % size.hamlets());
            double lat = WorkPlanGenerator.LATITUDE + (random.nextDouble() - 0.5) * 0.06;
            double lon = WorkPlanGenerator.LONGITUDE + (random.nextDouble() - 0.5) * 0.06;
            houses.add(new House(names.houseName(), WorkPlanGenerator.address(random, hamlet),
                    Math.round(lat * 10_000) / 10_000.0, Math.round(lon * 10_000) / 10_000.0, new ArrayList<>()));
        }
        for (int i = 0; i < rooms.size(); i++) {
            houses.get(i % houses.size()).rooms().add(rooms.get(i));
        }
        return houses;
    }

    private List<Room> rooms(List<GeneratedParticipant> people) {
        long needPrivate = people.stream().filter(p -> p.needsPrivateRoom).count();
        long needBoth = people.stream().filter(p -> p.needsPrivateRoom && p.needsStepFree).count();
        long needStepFree = people.stream().filter(p -> p.needsStepFree && !p.needsPrivateRoom).count();
        long women = people.stream().filter(p -> p.gender == Gender.FEMALE).count();
        long men = people.stream().filter(p -> p.gender == Gender.MALE).count();
        var rooms = new ArrayList<Room>();
        long singles = needPrivate + Math.max(1, Math.round(needPrivate * 0.25));
        for (long i = 0; i < singles; i++) {
            rooms.add(new Room("Single room", 1, true, i <= needBoth, true, null));
        }
        addRooms(rooms, Math.round(needStepFree * 1.5) + 1, "Ground floor room", true, null);
        addRooms(rooms, Math.round(women * 0.15), "Women's room", false, RoomRule.WOMEN_ONLY);
        addRooms(rooms, Math.round(men * 0.15), "Men's room", false, RoomRule.MEN_ONLY);
        long wanted = (long) Math.ceil(people.size() * 1.10);
        addRooms(rooms, wanted - rooms.stream().mapToInt(Room::beds).sum(), "Room", false, null);
        return rooms;
    }

    /** Rooms of 2-4 beds (3 for rooms with a rule) until the beds reach the given number. */
    private void addRooms(List<Room> rooms, long beds, String kind, boolean stepFree, @Nullable RoomRule rule) {
        for (long left = beds; left > 0; ) {
            int inRoom = (int) Math.min(left, rule == null ? 2 + random.nextInt(3) : 3);
            boolean groundFloor = stepFree || (rule == null && random.nextDouble() < 0.15);
            rooms.add(new Room(kind, inRoom, false, groundFloor, random.nextDouble() < 0.35, rule));
            left -= inRoom;
        }
    }
}
