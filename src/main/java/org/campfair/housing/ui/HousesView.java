package org.campfair.housing.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;
import org.campfair.housing.HousingRoutes;
import org.campfair.housing.HousingService;
import org.campfair.shared.ui.EditorTabs;

/** The organizer's set-up of where people sleep: houses, rooms and beds, one tab each. */
@Route(HousingRoutes.HOUSES)
@RolesAllowed("ORGANIZER")
class HousesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final HousePanel houses;
    final RoomPanel rooms;
    final BedPanel beds;
    final EditorTabs tabs = new EditorTabs();

    private final CampService camps;

    HousesView(CampService camps, HousingService service) {
        this.camps = camps;
        houses = new HousePanel(service);
        rooms = new RoomPanel(service);
        beds = new BedPanel(service);
        tabs.with(getTranslation("housing.tab.houses"), houses)
                .with(getTranslation("housing.tab.rooms"), rooms)
                .with(getTranslation("housing.tab.beds"), beds);
        add(title, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CampRoutes.campOf(event, camps, "camp.notFound").ifPresent(camp -> {
            title.setText(getTranslation("housing.setup.title", camp.name()));
            houses.show(camp.id());
            rooms.show(camp.id());
            beds.show(camp.id());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("housing.setup.pageTitle");
    }
}
