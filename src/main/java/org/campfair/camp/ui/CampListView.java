package org.campfair.camp.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.camp.Camp;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;
import org.campfair.shared.i18n.DateFormats;

/** The organizer's start page: every camp; selecting one opens its roster, buttons open its set-up. */
@Route(CampRoutes.LIST)
@RolesAllowed("ORGANIZER")
class CampListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Camp> camps = new Grid<>(Camp.class, false);
    final Button newCamp = new Button(getTranslation("camp.list.new"), VaadinIcon.PLUS.create());

    CampListView(CampService campService) {
        setSizeFull();
        camps.addColumn(Camp::name).setHeader(getTranslation("camp.list.name")).setSortable(true).setFlexGrow(3)
                .setComparator(Camp::name);
        var dates = DateFormats.of(getLocale());
        camps.addColumn(camp -> dates.dayWithYear(camp.startsOn())).setHeader(getTranslation("camp.list.from"))
                .setSortable(true).setComparator(Camp::startsOn);
        camps.addColumn(camp -> dates.dayWithYear(camp.endsOn())).setHeader(getTranslation("camp.list.to"))
                .setSortable(true).setComparator(Camp::endsOn);
        camps.addColumn(camp -> camp.timeZone().getId()).setHeader(getTranslation("camp.list.timeZone"));
        camps.addColumn(camp -> status(camp)).setHeader(getTranslation("camp.list.status"));
        camps.addComponentColumn(this::setUpLinks).setHeader(getTranslation("camp.list.setUp")).setAutoWidth(true);
        camps.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        camps.setItems(campService.listMine());
        camps.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                CampPages.of(CampPages.ROSTER, click.getItem().id()))));
        newCamp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCamp.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NewCampView.class)));
        add(new H1(getTranslation("camp.list.title")), newCamp, camps);
        setFlexGrow(1, camps);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("camp.list.pageTitle");
    }

    private String status(Camp camp) {
        return switch (camp.status()) {
            case DRAFT -> getTranslation("camp.status.draft");
            case PLANNING -> getTranslation("camp.status.planning");
            case PUBLISHED -> getTranslation("camp.status.published");
        };
    }

    private Component setUpLinks(Camp camp) {
        var links = new HorizontalLayout(
                link(getTranslation("camp.link.settings"), CampRoutes.settings(camp.id())),
                link(getTranslation("camp.link.tasks"), CampPages.of(CampPages.TASKS, camp.id())),
                link(getTranslation("camp.link.houses"), CampPages.of(CampPages.HOUSES, camp.id())));
        links.setSpacing(false);
        links.setWrap(true);
        return links;
    }

    private Button link(String text, String route) {
        var button = new Button(text, click -> getUI().ifPresent(ui -> ui.navigate(route)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        // Otherwise the click also reaches the row and opens the roster.
        button.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return button;
    }
}
