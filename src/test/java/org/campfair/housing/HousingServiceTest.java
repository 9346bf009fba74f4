package org.campfair.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CampfairIntegrationTest
class HousingServiceTest {

    @Autowired
    HousingService housing;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    @Test
    void housesRoomsAndBedsAreAddedWithTheirRules() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var house = housing.saveHouse(new House(0, campId, " Mori House ", "", 33.62, 134.05, 0));
        assertThat(house.name()).isEqualTo("Mori House");
        var room = housing.saveRoom(campId, new Room(0, house.id(), "Back room", true, true, true, RoomRule.WOMEN_ONLY, 0));
        var bed = housing.saveBed(campId, new Bed(0, room.id(), "Futon 1", 0));

        assertThat(housing.rooms(campId)).contains(room);
        assertThat(housing.beds(campId)).contains(bed);
        assertThatThrownBy(() -> housing.saveBed(campId, new Bed(0, room.id(), "Futon 2", 0)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("housing.error.privateRoomBeds"));
        assertThatThrownBy(() -> housing.saveHouse(new House(0, campId, "Mori House", "", 33.62, 134.05, 0)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("housing.error.houseNameTaken"));
        assertThatThrownBy(() -> housing.saveHouse(new House(0, campId, "Nowhere", "", 33.62, 190, 0)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("housing.error.coordinates"));

        housing.deleteHouse(house);
        assertThat(housing.beds(campId)).doesNotContain(bed);
    }

    @Test
    void twoOrganizersSaveTheSameRoomAndTheSecondIsToldWithoutLosingTheFirst() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var room = housing.rooms(campId).getFirst();
        housing.saveRoom(campId, new Room(room.id(), room.houseId(), room.name(), room.privateRoom(), room.stepFree(),
                true, room.rule(), room.version()));

        assertThatThrownBy(() -> housing.saveRoom(campId, new Room(room.id(), room.houseId(), "Renamed",
                room.privateRoom(), room.stepFree(), room.quiet(), room.rule(), room.version())))
                .isInstanceOf(StaleRecordException.class);
        var stored = housing.rooms(campId).stream().filter(r -> r.id() == room.id()).findFirst().orElseThrow();
        assertThat(stored.quiet()).isTrue();
        assertThat(stored.name()).isEqualTo(room.name());
    }

    @Test
    void aRoomChangedSinceItWasReadIsNotDeletedAndNamesAreUniqueWithinTheirParentOnly() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var house = housing.saveHouse(new House(0, campId, "Kura House", "", 33.62, 134.05, 0));
        var other = housing.saveHouse(new House(0, campId, "Sora House", "", 33.62, 134.05, 0));
        var room = housing.saveRoom(campId, new Room(0, house.id(), "Loft", false, false, false, null, 0));
        housing.saveRoom(campId, new Room(0, other.id(), "Loft", false, false, false, null, 0));
        var bed = housing.saveBed(campId, new Bed(0, room.id(), "Futon 1", 0));

        assertThatThrownBy(() -> housing.saveRoom(campId, new Room(0, house.id(), "Loft", false, false, false, null, 0)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("housing.error.roomNameTaken"));
        assertThatThrownBy(() -> housing.saveBed(campId, new Bed(0, room.id(), "Futon 1", 0)))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("housing.error.bedLabelTaken"));
        housing.saveRoom(campId, new Room(room.id(), house.id(), "Attic", false, false, false, null, room.version()));

        assertThatThrownBy(() -> housing.deleteRoom(room)).isInstanceOf(StaleRecordException.class);
        assertThat(housing.beds(campId)).contains(bed);
        housing.deleteBed(bed);
        assertThat(housing.beds(campId)).doesNotContain(bed);
    }

    @Test
    void whereAPublishedRosterPutsSomeoneCannotBeDeleted() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        rosters.publish(campId);
        var house = housing.houses(campId).getFirst();
        var room = housing.rooms(campId).stream().filter(r -> r.houseId() == house.id()).findFirst().orElseThrow();

        assertThatThrownBy(() -> housing.deleteHouse(house))
                .isInstanceOfSatisfying(RefusedChangeException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("housing.error.published"));
        assertThatThrownBy(() -> housing.deleteRoom(room)).isInstanceOf(RefusedChangeException.class);
        assertThat(housing.houses(campId)).contains(house);
    }
}
