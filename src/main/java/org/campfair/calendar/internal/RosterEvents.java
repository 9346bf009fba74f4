package org.campfair.calendar.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.internal.PublishedCamp.Shift;
import org.campfair.calendar.internal.PublishedCamp.Stay;
import org.campfair.calendar.internal.PublishedCamp.Volunteer;

/**
 * The events of every feed of a published camp. UIDs name the assignment and the feed, never
 * the seat, so a re-solve that keeps someone on a shift keeps the event. Other people appear
 * by nickname only; legal names and emails are not even read.
 */
public final class RosterEvents {

    /** Check-in and check-out times of a stay, as the houses are handed over. */
    static final LocalTime CHECK_IN = LocalTime.of(15, 0);
    static final LocalTime CHECK_OUT = LocalTime.of(10, 0);

    private RosterEvents() {
    }

    public static List<EventContent> of(PublishedCamp camp) {
        var events = new ArrayList<EventContent>();
        for (Shift shift : camp.shifts()) {
            for (Volunteer volunteer : shift.volunteers()) {
                events.add(participantShift(shift, volunteer));
            }
            events.add(villageShift(shift));
            events.add(campShift(camp.campId(), shift));
        }
        for (Stay stay : camp.stays()) {
            events.add(participantStay(stay));
            events.add(houseStay(stay));
            events.add(campStay(camp.campId(), stay));
        }
        return events;
    }

    static EventContent participantShift(Shift shift, Volunteer volunteer) {
        var description = new StringBuilder(shift.description());
        line(description, "Bring: ", shift.whatToBring());
        var lead = shift.lead();
        line(description, "Lead: ", lead == null ? "" : lead.nickname());
        line(description, "With: ", nicknames(shift, volunteer.participantId()));
        return shiftEvent(FeedKind.PARTICIPANT, volunteer.participantId(),
                "shift-" + shift.shiftId() + "-p" + volunteer.participantId(), shift, shift.task(), description);
    }

    static EventContent villageShift(Shift shift) {
        var description = new StringBuilder();
        line(description, "Volunteers: ", staffing(shift));
        var lead = shift.lead();
        line(description, "Lead: ", lead == null ? "" : lead.nickname());
        line(description, "Bring: ", shift.whatToBring());
        return shiftEvent(FeedKind.VILLAGE, shift.villageId(), "shift-" + shift.shiftId() + "-v" + shift.villageId(),
                shift, shift.task() + " (" + shift.volunteers().size() + ")", description);
    }

    static EventContent campShift(long campId, Shift shift) {
        var description = new StringBuilder();
        line(description, "Village: ", shift.village());
        line(description, "Volunteers: ", staffing(shift));
        var lead = shift.lead();
        line(description, "Lead: ", lead == null ? "" : lead.nickname());
        line(description, "Bring: ", shift.whatToBring());
        return shiftEvent(FeedKind.CAMP, campId, "shift-" + shift.shiftId() + "-c" + campId, shift,
                shift.task() + " (" + shift.volunteers().size() + "/" + shift.maxHeadcount() + ")", description);
    }

    static EventContent participantStay(Stay stay) {
        return stayEvent(FeedKind.PARTICIPANT, stay.participantId(), "stay-p" + stay.participantId(), stay,
                "Stay: " + stay.house() + ", " + stay.room(), "Bed " + stay.bed() + " in " + stay.room());
    }

    static EventContent houseStay(Stay stay) {
        return stayEvent(FeedKind.HOUSE, stay.houseId(), "stay-p" + stay.participantId() + "-h" + stay.houseId(),
                stay, stay.nickname() + " – " + stay.room(), "Bed " + stay.bed());
    }

    static EventContent campStay(long campId, Stay stay) {
        return stayEvent(FeedKind.CAMP, campId, "stay-p" + stay.participantId() + "-c" + campId, stay,
                "Stay: " + stay.nickname() + " – " + stay.house() + ", " + stay.room(), "Bed " + stay.bed());
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

    private static String staffing(Shift shift) {
        return shift.volunteers().isEmpty() ? "nobody yet" : nicknames(shift, -1);
    }

    private static void line(StringBuilder text, String label, String value) {
        if (!value.isBlank()) {
            text.append('\n').append(label).append(value);
        }
    }

    private static String location(String name, String address) {
        return address.isBlank() ? name : name + ", " + address;
    }
}
