package org.campfair.shared.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.StaffOrganizers;

/**
 * The association's staff, for staff only: who organizes every camp, making an existing
 * organizer staff, and taking staff back (never from the last one). New organizers join by a
 * camp's co-organizer link first.
 */
@Route("staff")
@RolesAllowed("ORGANIZER")
class StaffView extends VerticalLayout implements HasDynamicTitle {

    final UnorderedList organizers = new UnorderedList();
    final TextField username = new TextField(getTranslation("staff.username"));
    final Button makeStaff = new Button(getTranslation("staff.make"));
    final Paragraph result = new Paragraph();

    private final StaffOrganizers staff;

    StaffView(StaffOrganizers staff) {
        this.staff = staff;
        setMaxWidth("40rem");
        add(new H1(getTranslation("staff.title")));
        if (!staff.signedInIsStaff()) {
            add(new Paragraph(getTranslation("staff.staffOnly")));
            return;
        }
        username.setMaxLength(40);
        username.setWidthFull();
        makeStaff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        makeStaff.addClickListener(click -> change(() -> staff.makeStaff(username.getValue()), "staff.made",
                username.getValue().strip()));
        result.getElement().setAttribute("role", "status");
        var add = new HorizontalLayout(username, makeStaff);
        add.setAlignItems(Alignment.BASELINE);
        add.setWidthFull();
        add(new Paragraph(getTranslation("staff.intro")), organizers, add, result);
        showOrganizers();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }

    private void showOrganizers() {
        organizers.removeAll();
        for (var organizer : staff.list()) {
            var item = new ListItem(new Span(organizer.username()), new Text(" · "));
            if (organizer.staff()) {
                item.add(new Text(getTranslation("staff.isStaff") + " "));
                var remove = new Button(getTranslation("staff.remove"),
                        click -> change(() -> staff.removeStaff(organizer.username()), "staff.removed",
                                organizer.username()));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("staff.removeFrom", organizer.username()));
                item.add(remove);
            } else {
                item.add(new Text(getTranslation("staff.grantedCamps", organizer.grantedCamps())));
            }
            organizers.add(item);
        }
    }

    private void change(Runnable change, String doneKey, String name) {
        username.setInvalid(false);
        try {
            change.run();
        } catch (RefusedChangeException refused) {
            result.setText(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        username.clear();
        result.setText(getTranslation(doneKey, name));
        showOrganizers();
    }
}
