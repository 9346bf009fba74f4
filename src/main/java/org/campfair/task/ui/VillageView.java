package org.campfair.task.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.campfair.camp.Camp;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.task.HostTaskService;
import org.campfair.task.HostVillage;
import org.campfair.task.TaskRoutes;
import org.campfair.task.VillagePageSection;
import org.campfair.task.VillageShift;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * A host village's page: who is coming to each shift (nicknames only), and the village's own
 * tasks and shifts to edit, for one of the published camps it hosts (the running or next one
 * first); then the sections other features add, such as the village's calendar links.
 */
@Route(TaskRoutes.VILLAGE)
@RolesAllowed("HOST")
class VillageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("task.village.title"));
    final Select<Camp> camp = new Select<>();
    final Grid<VillageShift> shifts = new Grid<>(VillageShift.class, false);
    final TaskPanel taskEditor = new TaskPanel();
    final ShiftPanel shiftEditor = new ShiftPanel();
    final TabSheet tabs = new TabSheet();
    final Paragraph empty = new Paragraph(getTranslation("task.village.noPublishedCamps"));
    /** To the village's board of the day, while a camp it hosts runs. */
    final Anchor today = new Anchor(TaskRoutes.VILLAGE_TODAY, getTranslation("task.village.today"));

    private final HostTaskService host;
    private final ObjectProvider<VillagePageSection> sections;
    private final Clock clock;

    VillageView(HostTaskService host, ObjectProvider<VillagePageSection> sections, Clock clock) {
        this.host = host;
        this.clock = clock;
        this.sections = sections;
        setWidthFull();
        var dates = DateFormats.of(getLocale());
        shifts.addColumn(s -> dates.day(s.day())).setHeader(getTranslation("task.field.day")).setAutoWidth(true)
                .setSortable(true).setComparator(VillageShift::day);
        shifts.addColumn(s -> dates.timeRange(s.start(), s.end())).setHeader(getTranslation("task.village.time"))
                .setAutoWidth(true);
        shifts.addColumn(VillageShift::task).setHeader(getTranslation("task.field.task")).setSortable(true)
                .setComparator(VillageShift::task);
        shifts.addColumn(VillageShift::site).setHeader(getTranslation("task.field.site"));
        shifts.addColumn(s -> String.join(", ", s.nicknames())).setHeader(getTranslation("task.village.coming"))
                .setFlexGrow(2);
        shifts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        shifts.setMinHeight("20em");
        camp.setLabel(getTranslation("task.village.camp"));
        // Wide enough for the camp's name and dates, also on a phone.
        camp.setWidthFull();
        camp.setMaxWidth("32em");
        camp.setItemLabelGenerator(c -> c.name() + " (" + dates.dateRange(c.startsOn(), c.endsOn()) + ")");
        camp.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        tabs.add(getTranslation("task.village.comingTab"), shifts);
        tabs.add(getTranslation("task.tab.tasks"), taskEditor);
        tabs.add(getTranslation("task.tab.shifts"), shiftEditor);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(change -> {
            if (camp.getValue() != null) {
                show(camp.getValue());
            }
        });
    }

    /** Reads the village's shifts on every visit, so a new publication shows at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(title);
        HostVillage village;
        try {
            village = host.village();
        } catch (AccessDeniedException notLinked) {
            add(new Paragraph(getTranslation("task.village.notLinked")));
            return;
        }
        title.setText(village.name());
        var hosted = host.publishedCamps();
        if (hosted.isEmpty()) {
            add(empty);
        } else {
            today.setVisible(hosted.stream().anyMatch(c -> c.isRunning(clock)));
            add(today, camp, tabs);
            // From empty to the running or next camp: the change listener shows it, on every visit.
            camp.clear();
            camp.setItems(hosted);
            camp.setValue(hosted.getFirst());
        }
        // Below the camp, so on a phone the camp and its shifts come first.
        sections.orderedStream().forEach(section -> add(section.forVillage(village.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.village.pageTitle");
    }

    private void show(Camp shown) {
        shifts.setItems(host.shiftsWithNicknames(shown.id()));
        taskEditor.show(TaskDesk.host(shown, host));
        shiftEditor.show(TaskDesk.host(shown, host));
    }
}
