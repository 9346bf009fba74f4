package org.campfair.camp.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.roster.ui.RosterView;

/** The organizer's start page: every camp; selecting one opens its roster. */
@Route("camps")
@PageTitle("Camps · Campfair")
@RolesAllowed("ORGANIZER")
class CampListView extends VerticalLayout {

    final Grid<Camp> camps = new Grid<>(Camp.class, false);

    CampListView(CampService campService) {
        setSizeFull();
        camps.addColumn(Camp::name).setHeader("Camp").setSortable(true).setFlexGrow(3);
        camps.addColumn(Camp::startsOn).setHeader("From").setSortable(true);
        camps.addColumn(Camp::endsOn).setHeader("To").setSortable(true);
        camps.addColumn(camp -> camp.timeZone().getId()).setHeader("Time zone");
        camps.addColumn(camp -> camp.status().name().toLowerCase()).setHeader("Status");
        camps.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        camps.setItems(campService.list());
        camps.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RosterView.class,
                new RouteParameters(RosterView.CAMP_ID, String.valueOf(click.getItem().id())))));
        add(new H2("Camps"), camps);
        setFlexGrow(1, camps);
    }
}
