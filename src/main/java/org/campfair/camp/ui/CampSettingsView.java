package org.campfair.camp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.camp.Camp;
import org.campfair.camp.CampDraft;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.InvitationService;
import org.jspecify.annotations.Nullable;

/** A camp's name, dates, time zone and language, with links to the rest of its set-up. */
@Route(CampRoutes.SETTINGS)
@RolesAllowed("ORGANIZER")
class CampSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final CampForm form = new CampForm();
    final Button save = new Button(getTranslation("camp.settings.save"));
    final Button reload = new Button(getTranslation("camp.settings.reload"));
    final Span message = new Span();
    final Span saved = new Span();
    final HorizontalLayout links = new HorizontalLayout();
    final OrganizersPanel organizers;

    private final CampService camps;
    private @Nullable Camp camp;

    CampSettingsView(CampService camps, CampAccess access, InvitationService invitations) {
        this.camps = camps;
        this.organizers = new OrganizersPanel(access, invitations);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        reload.addClickListener(click -> show(camps.get(current().id())));
        reload.setVisible(false);
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        saved.getElement().setAttribute("aria-live", "polite");
        links.setWrap(true);
        var actions = new HorizontalLayout(save, reload, saved);
        actions.setWrap(true);
        add(title, links, form, actions, message, organizers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = CampRoutes.campOf(event, camps, "camp.notFound");
        if (found.isEmpty()) {
            return;
        }
        show(found.get());
        long id = current().id();
        links.removeAll();
        links.add(new Anchor(CampPages.of(CampPages.TASKS, id), getTranslation("camp.link.tasks")),
                new Anchor(CampPages.of(CampPages.HOUSES, id), getTranslation("camp.link.houses")),
                new Anchor(CampPages.of(CampPages.PARTICIPANTS, id), getTranslation("camp.link.participants")),
                new Anchor(CampPages.of(CampPages.ROSTER, id), getTranslation("camp.link.roster")),
                new Anchor(CampPages.of(CampPages.PRIORITIES, id), getTranslation("camp.link.priorities")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("camp.settings.pageTitle");
    }

    private void show(Camp shown) {
        camp = shown;
        title.setText(getTranslation("camp.settings.title", shown.name()));
        form.read(new CampDraft(shown.name(), shown.startsOn(), shown.endsOn(), shown.timeZone(), shown.language()));
        message.setText("");
        saved.setText("");
        reload.setVisible(false);
        organizers.show(shown.id());
    }

    private void save() {
        saved.setText("");
        if (!form.isValid()) {
            return;
        }
        var draft = form.value();
        try {
            show(camps.update(current().withSettings(draft.name(), draft.startsOn(), draft.endsOn(), draft.timeZone(),
                    draft.language())));
            saved.setText(getTranslation("camp.settings.saved"));
        } catch (StaleRecordException stale) {
            message.setText(getTranslation("camp.settings.stale"));
            reload.setVisible(true);
        } catch (RefusedChangeException refusal) {
            message.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private Camp current() {
        var shown = camp;
        if (shown == null) {
            throw new IllegalStateException("No camp shown");
        }
        return shown;
    }
}
