package org.campfair.calendar.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.internal.PublishedCamp.Shift;
import org.campfair.calendar.internal.PublishedCamp.Stay;
import org.campfair.calendar.internal.PublishedCamp.Volunteer;
import org.campfair.shared.i18n.Translations;

/**
 * The events of every feed of a published camp. UIDs name the assignment and the feed, never
 * the seat, so a re-solve that keeps someone on a shift keeps the event. Other people appear
 * by nickname only; legal names and emails are not even read. Labels are in the language of
 * the feed's owner: the participant's for their own feed, the camp's for the others. Since
 * the labels are part of an event's content, a participant who changes language sees their
 * events updated (SEQUENCE up) at the next publication.
 */
public final class RosterEvents {

    /** Check-in and check-out times of a stay, as the houses are handed over. */
    static final LocalTime CHECK_IN = LocalTime.of(15, 0);
    static final LocalTime CHECK_OUT = LocalTime.of(10, 0);

    private RosterEvents() {
    }

    public static List<EventContent> of(PublishedCamp camp) {
        var events = new ArrayList<EventContent>();
        Locale campLanguage = camp.language();
        for (Shift shift : camp.shifts()) {
            for (Volunteer volunteer : shift.volunteers()) {
                events.add(participantShift(shift, volunteer));
            }
            events.add(villageShift(shift, campLanguage));
            events.add(campShift(camp.campId(), shift, campLanguage));
        }
        for (Stay stay : camp.stays()) {
            events.add(participantStay(stay));
            events.add(houseStay(stay, campLanguage));
            events.add(campStay(camp.campId(), stay, campLanguage));
        }
        return events;
    }

    /** In the participant's own language: it is their feed. */
    static EventContent participantShift(Shift shift, Volunteer volunteer) {
        Locale language = volunteer.language();
        var description = new StringBuilder(shift.description());
        line(description, Translations.text(language, "calendar.event.bring", shift.whatToBring()), shift.whatToBring());
        var lead = shift.lead();
        String leadName = lead == null ? "" : lead.nickname();
        line(description, Translations.text(language, "calendar.event.lead", leadName), leadName);
        String others = nicknames(shift, volunteer.participantId());
        line(description, Translations.text(language, "calendar.event.with", others), others);
        return shiftEvent(FeedKind.PARTICIPANT, volunteer.participantId(),
                "shift-" + shift.shiftId() + "-p" + volunteer.participantId(), shift, shift.task(), description);
    }

    static EventContent villageShift(Shift shift, Locale language) {
        var description = new StringBuilder();
        crew(description, shift, language);
        return shiftEvent(FeedKind.VILLAGE, shift.villageId(), "shift-" + shift.shiftId() + "-v" + shift.villageId(),
                shift, shift.task() + " (" + shift.volunteers().size() + ")", description);
    }

    static EventContent campShift(long campId, Shift shift, Locale language) {
        var description = new StringBuilder();
        line(description, Translations.text(language, "calendar.event.village", shift.village()), shift.village());
        crew(description, shift, language);
        return shiftEvent(FeedKind.CAMP, campId, "shift-" + shift.shiftId() + "-c" + campId, shift,
                shift.task() + " (" + shift.volunteers().size() + "/" + shift.maxHeadcount() + ")", description);
    }

    /** Who works the shift, who leads it and what to bring: what a village and the organizers read alike. */
    private static void crew(StringBuilder description, Shift shift, Locale language) {
        String staffing = staffing(shift, language);
        line(description, Translations.text(language, "calendar.event.volunteers", staffing), staffing);
        var lead = shift.lead();
        String leadName = lead == null ? "" : lead.nickname();
        line(description, Translations.text(language, "calendar.event.lead", leadName), leadName);
        line(description, Translations.text(language, "calendar.event.bring", shift.whatToBring()), shift.whatToBring());
    }

    static EventContent participantStay(Stay stay) {
        Locale language = stay.language();
        return stayEvent(FeedKind.PARTICIPANT, stay.participantId(), "stay-p" + stay.participantId(), stay,
                Translations.text(language, "calendar.event.stay", stay.house(), stay.room()),
                Translations.text(language, "calendar.event.bedInRoom", stay.bed(), stay.room()));
    }

    static EventContent houseStay(Stay stay, Locale language) {
        return stayEvent(FeedKind.HOUSE, stay.houseId(), "stay-p" + stay.participantId() + "-h" + stay.houseId(),
                stay, Translations.text(language, "calendar.event.houseStay", stay.nickname(), stay.room()),
                Translations.text(language, "calendar.event.bed", stay.bed()));
    }

    static EventContent campStay(long campId, Stay stay, Locale language) {
        return stayEvent(FeedKind.CAMP, campId, "stay-p" + stay.participantId() + "-c" + campId, stay,
                Translations.text(language, "calendar.event.campStay", stay.nickname(), stay.house(), stay.room()),
                Translations.text(language, "calendar.event.bed", stay.bed()));
    }

    private static EventContent shiftEvent(FeedKind kind, long subjectId, String uid, Shift shift, String summary,
            CharSequence description) {
        return new EventContent(kind, subjectId, uid + "@campfair", summary, description.toString().strip(),
                location(shift.site(), shift.address()), shift.latitude(), shift.longitude(),
                shift.day().atTime(shift.start()), shift.day().atTime(shift.end()));
    }

    private static EventContent stayEvent(FeedKind kind, long subjectId, String uid, Stay stay, String summary,
            String description) {
        return new EventContent(kind, subjectId, uid + "@campfair", summary, description,
                location(stay.house(), stay.address()), stay.latitude(), stay.longitude(),
                stay.arrivesOn().atTime(CHECK_IN), checkOut(stay));
    }

    // A stay that ends on its arrival day still takes a bed for the night: RFC 5545 also needs
    // DTEND after DTSTART, which 10:00 on the day of a 15:00 check-in is not.
    private static LocalDateTime checkOut(Stay stay) {
        LocalDate lastMorning = stay.departsOn().isAfter(stay.arrivesOn()) ? stay.departsOn()
                : stay.arrivesOn().plusDays(1);
        return lastMorning.atTime(CHECK_OUT);
    }

    /** Sorted by nickname, so reshuffled seats among the same people do not count as a change. */
    private static String nicknames(Shift shift, long except) {
        return shift.volunteers().stream().filter(v -> v.participantId() != except).map(Volunteer::nickname)
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
    }

    private static String staffing(Shift shift, Locale language) {
        return shift.volunteers().isEmpty() ? Translations.text(language, "calendar.event.nobodyYet")
                : nicknames(shift, -1);
    }

    /** Adds the labelled line unless its value is blank. */
    private static void line(StringBuilder text, String labelled, String value) {
        if (!value.isBlank()) {
            text.append('\n').append(labelled);
        }
    }

    private static String location(String name, String address) {
        return address.isBlank() ? name : name + ", " + address;
    }
}
