package org.campfair.campday;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campfair.campday.TodayBoard.BoardSeat;
import org.campfair.campday.TodayBoard.BoardShift;
import org.campfair.campday.TodayBoard.UnfilledShift;
import org.campfair.campday.internal.TodayStore;
import org.campfair.campday.internal.TodayStore.CampFacts;
import org.campfair.campday.internal.TodayStore.DayShift;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's board and the printed day sheets. The camp's organizers see the whole camp; a host
 * of a village the camp hosts sees that village's shifts and no beds; anyone else is refused.
 * "Today" and "now" are the app clock's instant in the camp's time zone, so a camp crossing a
 * daylight-saving change keeps its local shift times. Nobody is named but by nickname.
 * Who said "not today" is on it; the note they left is for organizers only.
 */
@Service
@Transactional(readOnly = true)
public class TodayService {

    private final TodayStore store;
    private final CampAccess access;
    private final AccountService accounts;
    private final Clock clock;

    TodayService(TodayStore store, CampAccess access, AccountService accounts, Clock clock) {
        this.store = store;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The camp's board now, for an organizer of the camp or a host of one of its villages.
     *
     * @throws AccessDeniedException for anyone else
     * @throws NotFoundException for a camp that does not exist (after access was checked)
     */
    public TodayBoard board(long campId) {
        Optional<Long> village = scope(campId);
        var camp = store.camp(campId).orElseThrow(() -> new NotFoundException("Camp", campId));
        var local = LocalDateTime.ofInstant(clock.instant(), camp.zone());
        LocalDate today = local.toLocalDate();
        var now = local.toLocalTime();
        Long villageId = village.orElse(null);

        List<DayShift> todays = store.shiftsOn(camp, today, villageId);
        var current = todays.stream().filter(s -> !now.isBefore(s.start()) && now.isBefore(s.end())).toList();
        var next = todays.stream().filter(s -> s.start().isAfter(now)).toList();
        if (next.isEmpty()) {
            // After today's last start, the next shifts are the first of the next day with any.
            next = store.nextShiftDay(camp, today, villageId).map(day -> store.shiftsOn(camp, day, villageId))
                    .orElse(List.of());
        }
        if (!next.isEmpty()) {
            var first = next.getFirst();
            next = next.stream().filter(s -> s.day().equals(first.day()) && s.start().equals(first.start())).toList();
        }
        var ids = new ArrayList<Long>();
        current.forEach(s -> ids.add(s.shiftId()));
        next.forEach(s -> ids.add(s.shiftId()));
        Map<Long, List<BoardSeat>> seats = store.seats(camp, ids);
        var unfilled = todays.stream().filter(s -> s.end().isAfter(now) && s.filled() < s.required())
                .map(s -> new UnfilledShift(s.shiftId(), s.task(), s.site(), s.start(), s.end(), s.required(), s.filled()))
                .toList();
        boolean withBeds = village.isEmpty();
        return new TodayBoard(campId, camp.name(), camp.zone().getId(), today, now.withSecond(0).withNano(0),
                village.flatMap(store::villageName).orElse(null), camp.publicationId() != null,
                board(current, seats), board(next, seats), unfilled,
                store.stays(camp, today, true, withBeds), store.stays(camp, today, false, withBeds),
                store.housesTonight(camp, today), store.notToday(campId, today, withBeds));
    }

    /**
     * The camps whose board the signed-in person may open: an organizer's camps, or the camps
     * a host's village hosts, those running today first.
     */
    public List<TodayCamp> camps() {
        var signedIn = signedIn();
        var village = accounts.villageOf(signedIn.getName());
        var today = LocalDate.now(clock);
        if (village.isPresent() && isHost(signedIn)) {
            return store.campsOfVillage(village.get(), today);
        }
        return store.campsOf(access.campsOfSignedInOrganizer()).stream()
                .sorted(Comparator.comparing((TodayCamp c) -> !running(c))).toList();
    }

    /**
     * The day sheets of one village's sites (a host's own village whatever they ask for; for an
     * organizer the named village, or every village of the camp), for the camp's today or the
     * day asked for.
     *
     * @throws RefusedChangeException for a day outside the camp
     * @throws NotFoundException for a village that does not host the camp
     */
    public List<DaySheet> daySheets(long campId, @Nullable Long villageId, @Nullable LocalDate day) {
        Optional<Long> hostVillage = scope(campId);
        var camp = store.camp(campId).orElseThrow(() -> new NotFoundException("Camp", campId));
        LocalDate shown = day != null ? day : LocalDate.now(clock.withZone(camp.zone()));
        if (day == null && (shown.isBefore(camp.startsOn()) || shown.isAfter(camp.endsOn()))) {
            shown = camp.startsOn(); // before or after the camp: its first day, the one worth printing
        }
        if (shown.isBefore(camp.startsOn()) || shown.isAfter(camp.endsOn())) {
            throw new RefusedChangeException("campday.today.dayOutsideCamp", camp.startsOn(), camp.endsOn());
        }
        var villages = store.villagesOf(campId);
        if (hostVillage.isPresent() && villageId != null && !villageId.equals(hostVillage.get())) {
            throw new NotFoundException("Village", villageId);
        }
        Long wanted = hostVillage.orElse(villageId);
        if (wanted != null && !villages.containsKey(wanted)) {
            throw new NotFoundException("Village", wanted);
        }
        var sheets = new ArrayList<DaySheet>();
        for (var village : villages.entrySet()) {
            if (wanted == null || wanted.equals(village.getKey())) {
                sheets.addAll(store.sheets(camp, village.getKey(), village.getValue(), shown));
            }
        }
        return sheets;
    }

    /** The villages hosting the camp, for an organizer's choice of sheet; a host gets theirs alone. */
    public Map<Long, String> villages(long campId) {
        var hostVillage = scope(campId);
        var villages = store.villagesOf(campId);
        return hostVillage.map(id -> Map.of(id, villages.get(id))).orElse(villages);
    }

    private boolean running(TodayCamp camp) {
        var zone = store.camp(camp.campId()).map(CampFacts::zone).orElse(clock.getZone());
        var today = LocalDate.now(clock.withZone(zone));
        return !today.isBefore(camp.startsOn()) && !today.isAfter(camp.endsOn());
    }

    /**
     * Empty for whoever sees the whole camp (its organizers, and the app's own work), the
     * village for a host of a village the camp hosts.
     */
    private Optional<Long> scope(long campId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        var signedIn = signedIn();
        if (isHost(signedIn)) {
            long village = accounts.villageOf(signedIn.getName())
                    .orElseThrow(() -> new AccessDeniedException("a host without a village"));
            access.requireHostOrOrganizer(campId, village);
            return Optional.of(village);
        }
        access.requireOrganizer(campId);
        return Optional.empty();
    }

    private static boolean isHost(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> "ROLE_HOST".equals(a.getAuthority()));
    }

    private static Authentication signedIn() {
        return SignedInPerson.require("sign in to see today's board");
    }

    private static List<BoardShift> board(List<DayShift> shifts, Map<Long, List<BoardSeat>> seats) {
        return shifts.stream().map(s -> new BoardShift(s.shiftId(), s.task(), s.site(), s.day(), s.start(), s.end(),
                seats.getOrDefault(s.shiftId(), List.of()), Math.max(0, s.required() - s.filled()))).toList();
    }
}
