package org.campfair.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.campfair.camp.CampService;
import org.campfair.selfservice.OpenSeatService;
import org.campfair.selfservice.SeatOfferService;
import org.campfair.selfservice.SelfServiceChange;
import org.campfair.selfservice.SelfServiceSettings;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The organizers' self-service page of a camp: whether participants may take open seats, the
 * day from which only organizers change the roster, the cap on extra hours, whether give-aways
 * and swaps wait for their approval (and the changes that wait), waiting lists and how long a
 * freed seat is held for the next person on one, and the activity
 * list of every change participants made themselves (who by nickname, what, when).
 */
@Route("camps/:campId/self-service")
@RolesAllowed("ORGANIZER")
class SelfServiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Checkbox openSeats = new Checkbox();
    final Checkbox giveAways = new Checkbox();
    final Checkbox swaps = new Checkbox();
    final Checkbox approval = new Checkbox();
    final Checkbox waitingLists = new Checkbox();
    final IntegerField waitingHours = new IntegerField();
    final DatePicker frozenFrom = new DatePicker();
    final IntegerField cap = new IntegerField();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    final H2 activityTitle = new H2();
    final Div activity = new Div();
    @Nullable PendingChangesPanel pending;

    private final OpenSeatService service;
    private final CampService camps;
    private final SeatOfferService offers;
    private SelfServiceSettings shown = SelfServiceSettings.defaults(0);
    private ZoneId zone = ZoneId.of("UTC");

    SelfServiceView(OpenSeatService service, CampService camps, SeatOfferService offers) {
        this.service = service;
        this.camps = camps;
        this.offers = offers;
        waitingHours.setMin(1);
        waitingHours.setMax(SelfServiceSettings.MAX_WAITING_OFFER_MINUTES / 60);
        waitingHours.setStepButtonsVisible(true);
        setMaxWidth("48rem");
        cap.setMin(0);
        cap.setMax(SelfServiceSettings.MAX_EXTRA_MINUTES);
        cap.setStepButtonsVisible(true);
        frozenFrom.setClearButtonVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfService.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title.setText(getTranslation("selfService.title"));
        add(title);
        try {
            long campId = event.getRouteParameters().getLong("campId").orElseThrow(() -> new NotFoundException("Camp", 0));
            zone = camps.get(campId).timeZone();
            show(service.settings(campId));
            openSeats.setLabel(getTranslation("selfService.openSeats"));
            giveAways.setLabel(getTranslation("selfService.giveAways"));
            swaps.setLabel(getTranslation("selfService.swaps"));
            approval.setLabel(getTranslation("selfService.approval"));
            waitingLists.setLabel(getTranslation("selfService.waitingLists"));
            waitingHours.setLabel(getTranslation("selfService.waitingHours"));
            frozenFrom.setLabel(getTranslation("selfService.frozenFrom"));
            cap.setLabel(getTranslation("selfService.cap"));
            save.setText(getTranslation("selfService.save"));
            activityTitle.setText(getTranslation("selfService.activity"));
            message.setText("");
            pending = new PendingChangesPanel(offers, campId, zone, this::showActivity);
            add(new Paragraph(getTranslation("selfService.intro")), openSeats, giveAways, swaps, approval, waitingLists,
                    waitingHours, frozenFrom, cap, save, message, pending, activityTitle, activity);
            showActivity();
        } catch (NotFoundException | AccessDeniedException e) {
            add(new Paragraph(getTranslation("campday.checkIn.notYours")));
        }
    }

    private void show(SelfServiceSettings settings) {
        shown = settings;
        openSeats.setValue(settings.openSeats());
        giveAways.setValue(settings.giveAways());
        swaps.setValue(settings.swaps());
        approval.setValue(settings.approval());
        waitingLists.setValue(settings.waitingLists());
        waitingHours.setValue(Math.max(1, settings.waitingOfferMinutes() / 60));
        frozenFrom.setValue(settings.frozenFrom());
        cap.setValue(settings.maxExtraMinutesPerDay());
    }

    private void save() {
        Integer minutes = cap.getValue();
        Integer hold = waitingHours.getValue();
        try {
            show(service.save(new SelfServiceSettings(shown.campId(), openSeats.getValue(), giveAways.getValue(),
                    swaps.getValue(), frozenFrom.getValue(), minutes == null ? -1 : minutes, approval.getValue(),
                    waitingLists.getValue(), hold == null ? -1 : hold * 60, shown.version())));
            message.setText(getTranslation("selfService.saved"));
        } catch (RefusedChangeException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (StaleRecordException e) {
            show(service.settings(shown.campId()));
            message.setText(getTranslation("selfService.stale"));
        }
    }

    private void showActivity() {
        activity.removeAll();
        var changes = service.activity(shown.campId(), OpenSeatService.MAX_ACTIVITY);
        if (changes.isEmpty()) {
            activity.add(new Paragraph(getTranslation("selfService.activity.none")));
        }
        var day = DateTimeFormatter.ofPattern(getTranslation("app.format.day"), getLocale());
        var at = DateTimeFormatter.ofPattern(getTranslation("app.format.dateTime"), getLocale()).withZone(zone);
        for (SelfServiceChange change : changes) {
            String key = switch (change.kind()) {
                case TOOK_SEAT -> "selfService.activity.took";
                case TOOK_GIVEN_SEAT -> "selfService.activity.tookFrom";
                case SWAPPED_SEAT -> "selfService.activity.swapped";
            };
            activity.add(new Paragraph(getTranslation(key, change.nickname(), change.task(),
                    day.format(change.day()), change.start(), change.end(), change.hoursPerDayBefore(),
                    change.hoursPerDayAfter(), at.format(change.madeAt()), change.givenBy())));
        }
    }
}
