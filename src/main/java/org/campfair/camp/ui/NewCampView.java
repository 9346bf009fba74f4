package org.campfair.camp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.campfair.camp.Camp;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.DateFormats;

/**
 * Starts a camp, empty or from an earlier camp as a template (its villages, tasks, shifts
 * moved to the new dates, and houses; never its participants or rosters), says so and opens
 * the camp's villages and tasks, the first step of its set-up.
 */
@Route(CampRoutes.NEW)
@RolesAllowed("ORGANIZER")
class NewCampView extends VerticalLayout implements HasDynamicTitle {

    final CampForm form = new CampForm();
    final ComboBox<Camp> template = new ComboBox<>(getTranslation("camp.new.template"));
    final Paragraph copyNote = new Paragraph(getTranslation("camp.new.copyNote"));
    final Button create = new Button(getTranslation("camp.new.create"));
    final Span message = new Span();

    private final CampService camps;

    NewCampView(CampService camps, Clock clock) {
        this.camps = camps;
        template.setItems(camps.listMine());
        template.setItemLabelGenerator(camp -> camp.name() + " (" + DateFormats.of(getLocale()).dayWithYear(camp.startsOn())
                + ")");
        template.setClearButtonVisible(true);
        template.setWidthFull();
        template.addValueChangeListener(change -> copyNote.setVisible(change.getValue() != null));
        copyNote.setVisible(false);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        form.add(template, 2);
        add(new H1(getTranslation("camp.new.title")), form, copyNote, create, message);
        form.read(CampForm.blank(LocalDate.now(clock)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("camp.new.pageTitle");
    }

    private void create() {
        if (!form.isValid()) {
            return;
        }
        try {
            var from = template.getValue();
            var camp = from == null ? camps.create(form.value()) : camps.copy(from.id(), form.value());
            // Said where the organizer lands: its work set-up, which tells the next step.
            Notification.show(from == null ? getTranslation("camp.new.created", camp.name())
                    : getTranslation("camp.new.copied", camp.name(), from.name()), 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(CampPages.of(CampPages.TASKS, camp.id())));
        } catch (RefusedChangeException refusal) {
            message.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }
}
