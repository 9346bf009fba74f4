package org.campfair.campday;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A camp's day at a glance, at {@code now} in the camp's own time zone: the shifts running now
 * and the next ones with who is on them and their check-in state, the required seats still
 * empty today, who arrives and leaves today, and how many sleep in each house tonight.
 * and who said "not today" for today. Everyone is named by nickname. For a host, {@code village}
 * names their village: the shifts are that village's alone, and no bed and no "not today"
 * note is shown (notes are for organizers).
 */
public record TodayBoard(long campId, String camp, String timeZone, LocalDate today, LocalTime now,
        @Nullable String village, boolean published, List<BoardShift> current, List<BoardShift> next,
        List<UnfilledShift> unfilled, List<Stay> arrivals, List<Stay> departures, List<HouseTonight> houses,
        List<NotTodayEntry> notToday) {

    public TodayBoard {
        current = List.copyOf(current);
        next = List.copyOf(next);
        unfilled = List.copyOf(unfilled);
        arrivals = List.copyOf(arrivals);
        departures = List.copyOf(departures);
        houses = List.copyOf(houses);
        notToday = List.copyOf(notToday);
    }

    /** A published shift with its seats; {@code missing} is how many required seats are empty. */
    public record BoardShift(long shiftId, String task, String site, LocalDate day, LocalTime start, LocalTime end,
            List<BoardSeat> seats, int missing) {

        public BoardShift {
            seats = List.copyOf(seats);
        }
    }

    /** Who holds a seat, whether they lead, and the check-in mark so far (null: not marked). */
    public record BoardSeat(int seat, String nickname, boolean lead, @Nullable CheckInState state) {
    }

    /** A shift of today that has not ended and has fewer people than it needs. */
    public record UnfilledShift(long shiftId, String task, String site, LocalTime start, LocalTime end, int required,
            int filled) {
    }

    /** Someone arriving or leaving today, with their house and bed (empty when not shown or not given). */
    public record Stay(String nickname, @Nullable String house, @Nullable String bed) {
    }

    /** How many people sleep in a house tonight. */
    public record HouseTonight(String house, int sleeping) {
    }
}
