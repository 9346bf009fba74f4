package org.campfair.task.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.campfair.camp.CampRoutes;
import org.campfair.camp.CampService;
import org.campfair.shared.ui.EditorPanel;
import org.campfair.shared.ui.EditorTabs;
import org.campfair.task.TaskRoutes;
import org.campfair.task.TaskService;

/**
 * The organizer's set-up of a camp's work: villages, sites, tasks and shifts, one tab each.
 * Until the camp has shifts to fill, a note above the tabs names the next step and that tab
 * is opened: a new camp otherwise shows four empty grids and no hint where to begin.
 */
@Route(TaskRoutes.TASKS)
@RolesAllowed("ORGANIZER")
class TaskSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final VillagePanel villages;
    final SitePanel sites;
    final TaskPanel tasks = new TaskPanel();
    final ShiftPanel shifts = new ShiftPanel();
    final EditorTabs tabs = new EditorTabs();
    final Paragraph nextStep = new Paragraph();

    private static final List<String> NEXT_STEPS =
            List.of("task.next.villages", "task.next.sites", "task.next.tasks", "task.next.shifts");

    private final CampService camps;
    private final TaskService service;

    TaskSetupView(CampService camps, TaskService service) {
        this.camps = camps;
        this.service = service;
        villages = new VillagePanel(service);
        sites = new SitePanel(service);
        tabs.with(getTranslation("task.tab.villages"), villages)
                .with(getTranslation("task.tab.sites"), sites)
                .with(getTranslation("task.tab.tasks"), tasks)
                .with(getTranslation("task.tab.shifts"), shifts);
        nextStep.addClassName("next-step");
        nextStep.getElement().setAttribute("role", "status");
        tabs.addSelectedChangeListener(change -> showNextStep(false));
        add(title, nextStep, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CampRoutes.campOf(event, camps, "camp.notFound").ifPresent(camp -> {
            title.setText(getTranslation("task.setup.title", camp.name()));
            villages.show(camp.id());
            sites.show(camp.id());
            tasks.show(TaskDesk.organizer(camp, service));
            shifts.show(TaskDesk.organizer(camp, service));
            showNextStep(true);
        });
    }

    /** The first of villages, sites, tasks and shifts the camp has none of; {@code open}: select its tab. */
    private void showNextStep(boolean open) {
        List<EditorPanel<?>> steps = List.of(villages, sites, tasks, shifts);
        var missing = steps.stream().filter(EditorPanel::isEmpty).findFirst();
        nextStep.setVisible(missing.isPresent());
        missing.ifPresent(panel -> {
            int step = steps.indexOf(panel);
            nextStep.setText(getTranslation(NEXT_STEPS.get(step)));
            if (open) {
                tabs.setSelectedIndex(step);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.setup.pageTitle");
    }
}
