package org.campfair.housing;

import static org.campfair.shared.RefusedChangeException.requireText;

import java.util.List;
import org.campfair.camp.CampService;
import org.campfair.housing.internal.HousingRepository;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.Saving;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizer's set-up of where people sleep: a camp's houses, rooms and beds. Saves name
 * the version they read ({@code StaleRecordException} when someone saved first); deleting
 * what a published roster puts someone in is refused, since that roster's calendars and
 * stays must keep pointing at a real bed.
 */
@Service
@Transactional(readOnly = true)
public class HousingService {

    private final CampService camps;
    private final HousingRepository housing;
    private final CampAccess access;

    HousingService(CampService camps, HousingRepository housing, CampAccess access) {
        this.camps = camps;
        this.housing = housing;
        this.access = access;
    }

    public List<House> houses(long campId) {
        access.requireOrganizer(campId);
        return housing.housesOf(campId);
    }

    public List<Room> rooms(long campId) {
        access.requireOrganizer(campId);
        return housing.roomsOf(campId);
    }

    public List<Bed> beds(long campId) {
        access.requireOrganizer(campId);
        return housing.bedsOf(campId);
    }

    @Transactional
    public House saveHouse(House house) {
        camps.getOrganized(house.campId());
        if (house.id() != 0 && house(house.id()).campId() != house.campId()) {
            throw new NotFoundException("House", house.id());
        }
        String name = requireText(house.name(), "housing.error.nameRequired");
        if (house.latitude() < -90 || house.latitude() > 90 || house.longitude() < -180 || house.longitude() > 180) {
            throw new RefusedChangeException("housing.error.coordinates");
        }
        if (housing.houseNameTaken(house.campId(), name, house.id())) {
            throw new RefusedChangeException("housing.error.houseNameTaken", name);
        }
        var clean = new House(house.id(), house.campId(), name, house.address().strip(), house.latitude(),
                house.longitude(), house.version());
        long id = Saving.insertOrUpdate(clean, House::id, housing::insertHouse, housing::updateHouse);
        return house(id);
    }

    @Transactional
    public void deleteHouse(House house) {
        access.requireOrganizer(house(house.id()).campId());
        refuseIfPublished(house.name(), housing.publishedStaysInHouse(house.id()));
        housing.deleteHouse(house);
    }

    @Transactional
    public Room saveRoom(long campId, Room room) {
        access.requireOrganizer(campId);
        if (house(room.houseId()).campId() != campId) {
            throw new NotFoundException("House", room.houseId());
        }
        if (room.id() != 0 && house(room(room.id()).houseId()).campId() != campId) {
            throw new NotFoundException("Room", room.id());
        }
        String name = requireText(room.name(), "housing.error.nameRequired");
        if (room.privateRoom() && room.id() != 0 && housing.bedsInRoom(room.id()) > 1) {
            throw new RefusedChangeException("housing.error.privateRoomBeds");
        }
        if (housing.roomNameTaken(room.houseId(), name, room.id())) {
            throw new RefusedChangeException("housing.error.roomNameTaken", name);
        }
        var clean = new Room(room.id(), room.houseId(), name, room.privateRoom(), room.stepFree(), room.quiet(),
                room.rule(), room.version());
        long id = Saving.insertOrUpdate(clean, Room::id, housing::insertRoom, housing::updateRoom);
        return room(id);
    }

    @Transactional
    public void deleteRoom(Room room) {
        access.requireOrganizer(house(room(room.id()).houseId()).campId());
        refuseIfPublished(room.name(), housing.publishedStaysInRoom(room.id()));
        housing.deleteRoom(room);
    }

    @Transactional
    public Bed saveBed(long campId, Bed bed) {
        access.requireOrganizer(campId);
        var room = room(bed.roomId());
        if (house(room.houseId()).campId() != campId) {
            throw new NotFoundException("Room", bed.roomId());
        }
        if (bed.id() != 0 && house(room(bed(bed.id()).roomId()).houseId()).campId() != campId) {
            throw new NotFoundException("Bed", bed.id());
        }
        String label = requireText(bed.label(), "housing.error.labelRequired");
        boolean movesIn = bed.id() == 0 || bed(bed.id()).roomId() != room.id();
        if (room.privateRoom() && movesIn && housing.bedsInRoom(room.id()) >= 1) {
            throw new RefusedChangeException("housing.error.privateRoomBeds");
        }
        if (housing.bedLabelTaken(bed.roomId(), label, bed.id())) {
            throw new RefusedChangeException("housing.error.bedLabelTaken", label);
        }
        var clean = new Bed(bed.id(), bed.roomId(), label, bed.version());
        long id = Saving.insertOrUpdate(clean, Bed::id, housing::insertBed, housing::updateBed);
        return bed(id);
    }

    @Transactional
    public void deleteBed(Bed bed) {
        access.requireOrganizer(house(room(bed(bed.id()).roomId()).houseId()).campId());
        refuseIfPublished(bed.label(), housing.publishedStaysInBed(bed.id()));
        housing.deleteBed(bed);
    }

    private House house(long id) {
        return housing.house(id).orElseThrow(() -> new NotFoundException("House", id));
    }

    private Room room(long id) {
        return housing.room(id).orElseThrow(() -> new NotFoundException("Room", id));
    }

    private Bed bed(long id) {
        return housing.bed(id).orElseThrow(() -> new NotFoundException("Bed", id));
    }

    /** A house, room or bed that published stays use is kept: those stays must keep pointing at a real bed. */
    private static void refuseIfPublished(String name, int stays) {
        if (stays > 0) {
            throw new RefusedChangeException("housing.error.published", name, stays);
        }
    }
}
