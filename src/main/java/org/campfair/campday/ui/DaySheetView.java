package org.campfair.campday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.campfair.campday.DaySheet;
import org.campfair.campday.TodayService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.DateFormats;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The printable day sheets, one per site of a host village: times, tasks, what to bring, leads
 * and the others by nickname, for the notice board. Organizers open it under the camp
 * ({@code camps/{id}/today/print?village=..&day=..}), hosts for their own village
 * ({@code village/today/{campId}/print}); the print rules in campfair.css leave out the app's frame and
 * starts each site on a new page.
 */
@Route("camps/:campId/today/print")
@RouteAlias("village/today/:camp/print")
@RolesAllowed({"ORGANIZER", "HOST"})
class DaySheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div sheets = new Div();
    final Paragraph message = new Paragraph();
    final Button print = new Button(getTranslation("campday.sheet.print"),
            click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));

    private final TodayService today;

    DaySheetView(TodayService today) {
        this.today = today;
        print.addClassName("campday-no-print");
        sheets.setWidthFull();
        add(print, message, sheets);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campday.sheet.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sheets.removeAll();
        message.setText("");
        var parameters = event.getRouteParameters();
        var query = event.getLocation().getQueryParameters();
        try {
            long campId = parameters.getLong("campId").or(() -> parameters.getLong("camp"))
                    .orElseThrow(() -> new NotFoundException("Camp", 0));
            Long village = query.getSingleParameter("village").map(DaySheetView::id).orElse(null);
            LocalDate day = query.getSingleParameter("day").map(DaySheetView::day).orElse(null);
            show(today.daySheets(campId, village, day));
        } catch (NotFoundException | AccessDeniedException e) {
            message.setText(getTranslation("campday.today.notYours"));
        } catch (RefusedChangeException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void show(List<DaySheet> shown) {
        if (shown.isEmpty()) {
            message.setText(getTranslation("campday.sheet.none"));
        }
        for (var sheet : shown) {
            var page = new Div();
            page.addClassName("campday-sheet");
            page.add(new H1(getTranslation("campday.sheet.heading", sheet.village(), sheet.site())),
                    new Paragraph(getTranslation("campday.sheet.when", sheet.camp(),
                            DateFormats.of(getLocale()).dayWithYear(sheet.day()))));
            if (!sheet.address().isBlank()) {
                page.add(new Paragraph(sheet.address()));
            }
            sheet.shifts().forEach(shift -> page.add(shift(shift)));
            sheets.add(page);
        }
    }

    private Div shift(DaySheet.SheetShift shift) {
        var dates = DateFormats.of(getLocale());
        var block = new Div(new H2(getTranslation("campday.list.shift", dates.time(shift.start()), dates.time(shift.end()),
                shift.task())));
        block.addClassName("campday-sheet-shift");
        if (!shift.leads().isEmpty()) {
            block.add(new Paragraph(getTranslation("campday.sheet.leads", String.join(", ", shift.leads()))));
        }
        if (!shift.others().isEmpty()) {
            block.add(new Paragraph(getTranslation("campday.sheet.people", String.join(", ", shift.others()))));
        } else if (shift.leads().isEmpty()) {
            block.add(new Paragraph(getTranslation("campday.sheet.nobody")));
        }
        if (!shift.whatToBring().isBlank()) {
            block.add(new Paragraph(getTranslation("campday.sheet.bring", shift.whatToBring())));
        }
        return block;
    }

    /** A village id from the address; anything else names no village of the camp. */
    private static @Nullable Long id(String text) {
        if (!text.matches("\\d{1,18}")) {
            throw new NotFoundException("Village", 0);
        }
        return Long.parseLong(text);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.length() > 10 ? "" : text);
        } catch (DateTimeParseException e) {
            throw new RefusedChangeException("campday.today.badDay");
        }
    }
}
