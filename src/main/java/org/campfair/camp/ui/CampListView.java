package org.campfair.camp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;

/**
 * The organizer's start page: every camp, newest first, as a row with its dates and status and
 * the pages of the camp as links (roster, participants, tasks, houses, settings). Rows rather
 * than a grid, so the links wrap under the camp on a phone instead of scrolling sideways.
 */
@Route(CampRoutes.LIST)
@RolesAllowed("ORGANIZER")
class CampListView extends VerticalLayout implements HasDynamicTitle {

    final Button newCamp = new Button(getTranslation("camp.list.new"), VaadinIcon.PLUS.create());
    final Div camps = new Div();
    final Paragraph empty = new Paragraph(getTranslation("camp.list.empty"));

    CampListView(CampService campService) {
        newCamp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCamp.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NewCampView.class)));
        camps.addClassName("camp-rows");
        List<CampRow> rows = campService.listMine().stream().map(CampRow::new).toList();
        rows.forEach(camps::add);
        empty.setVisible(rows.isEmpty());
        add(new H1(getTranslation("camp.list.title")), newCamp, empty, camps);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("camp.list.pageTitle");
    }

    /** The rows in their order on the page. */
    List<CampRow> rows() {
        return camps.getChildren().map(CampRow.class::cast).toList();
    }
}
