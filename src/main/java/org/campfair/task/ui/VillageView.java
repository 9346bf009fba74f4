package org.campfair.task.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.shared.security.AccountService;
import org.campfair.task.VillageService;
import org.campfair.task.VillageShift;

/** A host village's shifts and who is coming, by nickname. */
@Route("village")
@PageTitle("Our village · Campfair")
@RolesAllowed("HOST")
class VillageView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2("Our village");
    final Grid<VillageShift> shifts = new Grid<>(VillageShift.class, false);

    private final transient AuthenticationContext authentication;
    private final AccountService accounts;
    private final VillageService villages;

    VillageView(AuthenticationContext authentication, AccountService accounts, VillageService villages) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.villages = villages;
        setSizeFull();
        shifts.addColumn(VillageShift::day).setHeader("Day").setAutoWidth(true);
        shifts.addColumn(s -> s.start() + "–" + s.end()).setHeader("Time").setAutoWidth(true);
        shifts.addColumn(VillageShift::task).setHeader("Task");
        shifts.addColumn(VillageShift::site).setHeader("Site");
        shifts.addColumn(s -> String.join(", ", s.nicknames())).setHeader("Who is coming").setFlexGrow(2);
        shifts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    }

    /** Reads the village's shifts on every visit, so a new publication shows at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(title);
        var villageId = authentication.getPrincipalName().flatMap(accounts::villageOf);
        if (villageId.isEmpty()) {
            add(new Paragraph("This account is not linked to a host village yet; ask the organizer."));
            return;
        }
        title.setText(villages.nameOf(villageId.get()).orElse("Our village"));
        shifts.setItems(villages.shiftsOf(villageId.get()));
        add(shifts);
        setFlexGrow(1, shifts);
    }
}
