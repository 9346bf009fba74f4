package org.campfair.housing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.campfair.CampfairIntegrationTest;
import org.campfair.housing.HousingService;
import org.campfair.housing.Room;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
class HousesViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    HousingService housing;

    long campId;

    HousesView open() {
        campId = importer.importCamp(CampFiles.classpath("sample-data"));
        var view = navigate("camps/" + campId + "/houses", HousesView.class);
        // The tab sheet attaches the shown tab's content on the way to the browser.
        roundTrip();
        return view;
    }

    @Test
    @WithUserDetails("organizer")
    void anOrganizerAddsAHouseOnceItsPositionIsValid() {
        var view = open();
        var houses = view.houses;
        assertThat(test(houses.grid).size()).isEqualTo(6);

        test(houses.add).click();
        test(houses.name).setValue("Mori House");
        test(houses.latitude).setValue(95.0);
        test(houses.longitude).setValue(134.05);
        test(houses.save).click();
        roundTrip();

        assertThat(houses.latitude.isInvalid()).isTrue();
        assertThat(houses.latitude.getErrorMessage()).isEqualTo(view.getTranslation("housing.error.latitudeRange"));
        assertThat(housing.houses(campId)).hasSize(6);

        test(houses.latitude).setValue(33.62);
        test(houses.save).click();
        assertThat(housing.houses(campId)).anyMatch(h -> h.name().equals("Mori House") && h.latitude() == 33.62);
        assertThat(test(houses.grid).size()).isEqualTo(7);
    }

    @Test
    @WithUserDetails("organizer")
    void roomsAndBedsAreAddedAndAnEmptyLabelIsShownNextToItsField() {
        var view = open();
        test(view.tabs).select(1);
        roundTrip();
        var rooms = view.rooms;
        test(rooms.add).click();
        test(rooms.house).selectItem("Okada House");
        test(rooms.name).setValue("Storeroom");
        test(rooms.stepFree).click();
        test(rooms.save).click();
        assertThat(housing.rooms(campId)).anyMatch(r -> r.name().equals("Storeroom") && r.stepFree());

        test(view.tabs).select(2);
        roundTrip();
        var beds = view.beds;
        test(beds.add).click();
        test(beds.room).selectItem("Okada House · Storeroom");
        test(beds.save).click();
        roundTrip();
        assertThat(beds.label.isInvalid()).isTrue();
        assertThat(beds.label.getErrorMessage()).isEqualTo(view.getTranslation("housing.error.labelRequired"));
        test(beds.label).setValue("Futon 1");
        test(beds.save).click();
        assertThat(housing.beds(campId)).anyMatch(b -> b.label().equals("Futon 1"));
    }

    @Test
    @WithUserDetails("organizer")
    void whenAnotherOrganizerSavedTheRoomFirstTheSecondIsToldAndTheFirstChangeStays() {
        var view = open();
        test(view.tabs).select(1);
        roundTrip();
        var rooms = view.rooms;
        test(rooms.grid).select(0);
        Room shown = rooms.current();
        assertThat(shown).isNotNull();
        housing.saveRoom(campId, new Room(shown.id(), shown.houseId(), shown.name(), shown.privateRoom(),
                shown.stepFree(), !shown.quiet(), shown.rule(), shown.version()));

        test(rooms.name).setValue("Renamed here");
        test(rooms.save).click();

        assertThat(rooms.message.getText()).isEqualTo(view.getTranslation("app.editor.stale"));
        var stored = housing.rooms(campId).stream().filter(r -> r.id() == shown.id()).findFirst().orElseThrow();
        assertThat(stored.name()).isEqualTo(shown.name());
        assertThat(stored.quiet()).isEqualTo(!shown.quiet());
    }
}
