package org.campfair.campday;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.campfair.campday.internal.CheckInStore;
import org.campfair.campday.internal.CheckInStore.ShiftFacts;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in of published seats during the camp. The camp's organizers, the hosts of the
 * shift's village and the shift's lead mark who came and for how long; a participant checks
 * themself in by opening the shift's QR code at the site. Marks use an optimistic lock: a mark
 * counts only if the seat is still as its author saw it, so two people marking one seat at
 * once never overwrite each other unseen.
 *
 * <p>Times are the camp's local times. Marking opens 30 minutes before a shift starts; the
 * people on site may mark until the camp's last day ends, organizers for 14 more days to
 * correct the record. A QR code works from 30 minutes before its shift to the shift's end.
 */
@Service
public class CheckInService {

    static final Duration OPENS_BEFORE = Duration.ofMinutes(30);
    static final Duration ORGANIZERS_CORRECT_FOR = Duration.ofDays(14);
    /** Arriving this late still counts as on time: a gentle start, not a stopwatch. */
    static final Duration ON_TIME_WITHIN = Duration.ofMinutes(10);
    /** Someone may stay longer than planned, but not past a sensible day's work. */
    static final int MAX_EXTRA_MINUTES = 240;

    /** Who is marking, which decides how long they may. */
    private enum Marker {
        ORGANIZER, HOST, LEAD
    }

    private final CheckInStore store;
    private final CampAccess access;
    private final AccountService accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CheckInService(CheckInStore store, CampAccess access, AccountService accounts, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /** The shift's published seats and their marks, for someone who may mark them. */
    @Transactional(readOnly = true)
    public ShiftCheckIns shift(long shiftId) {
        var shift = shiftFacts(shiftId);
        var seats = store.publishedSeats(shift);
        marker(signedIn(), shift, seats);
        return new ShiftCheckIns(shift.campId(), shiftId, shift.task(), shift.site(), shift.day(), shift.start(),
                shift.end(), seats);
    }

    /** The day's published shifts the signed-in person may check in, earliest first. */
    @Transactional(readOnly = true)
    public java.util.List<MarkableShift> markableOn(java.time.LocalDate day) {
        return store.markableOn(signedIn().getName(), day);
    }

    /** The participant's own published seats with their marks and lead flags, for their schedule. */
    @Transactional(readOnly = true)
    public java.util.List<OwnSeat> ownSeats(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return store.ownSeats(participantId);
    }

    /**
     * Marks one seat.
     *
     * @param confirmedMinutes the hours worked in minutes; empty for the planned ones (0 for
     *        someone who did not come)
     * @param seenVersion the version of the seat the marker saw (0 while unmarked)
     * @throws StaleRecordException when someone else marked the seat after it was read
     * @throws RefusedChangeException when the shift is not published, not open for marking yet
     *         or any more, or the minutes are out of range
     */
    @Transactional
    public SeatCheckIn mark(long shiftId, int seat, CheckInState state, @Nullable Integer confirmedMinutes,
            int seenVersion) {
        return mark(shiftFacts(shiftId), seat, state, confirmedMinutes, seenVersion);
    }

    /** As the other {@code mark}, for a shift named under its camp: another camp's shift is not found. */
    @Transactional
    public SeatCheckIn mark(long campId, long shiftId, int seat, CheckInState state,
            @Nullable Integer confirmedMinutes, int seenVersion) {
        var shift = shiftFacts(shiftId);
        if (shift.campId() != campId) {
            throw new NotFoundException("Shift", shiftId);
        }
        return mark(shift, seat, state, confirmedMinutes, seenVersion);
    }

    private SeatCheckIn mark(ShiftFacts shift, int seat, CheckInState state, @Nullable Integer confirmedMinutes,
            int seenVersion) {
        var signedIn = signedIn();
        long shiftId = shift.shiftId();
        var seats = store.publishedSeats(shift);
        var marker = marker(signedIn, shift, seats);
        var current = seats.stream().filter(s -> s.seat() == seat).findFirst()
                .orElseThrow(() -> new NotFoundException("Published seat of shift " + shiftId, seat));
        requireOpen(shift, marker);
        int minutes = minutes(shift, state, confirmedMinutes);
        if (current.version() != seenVersion) {
            throw new StaleRecordException("Check-in of seat " + seat + " of shift", shiftId);
        }
        if (!store.mark(current, state, minutes, store.userId(signedIn.getName()).orElse(null), clock.instant())) {
            throw new StaleRecordException("Check-in of seat " + seat + " of shift", shiftId);
        }
        events.publishEvent(new CheckInMarked(shift.campId(), shiftId));
        return reread(shift, seat);
    }

    /**
     * The secret part of the shift's check-in link, for its QR code: an HMAC of the shift id
     * under the camp's check-in secret, 256 bits, useless for any other shift.
     */
    @Transactional
    public String code(long shiftId) {
        var shift = shiftFacts(shiftId);
        marker(signedIn(), shift, store.publishedSeats(shift));
        return code(shift);
    }

    /** Voids every check-in code of the camp (a photo of one went round): organizers only. */
    @Transactional
    public void renewCodes(long campId) {
        signedIn();
        access.requireOrganizer(campId);
        store.renewCodeSecret(campId, clock.instant());
    }

    /**
     * The signed-in participant checks in with the code shown at the site: on time or late by
     * the clock, for the planned minutes or the rest of the shift. A second scan changes
     * nothing; a mark someone already made stays.
     *
     * @throws RefusedChangeException for a wrong code, a code outside its shift's time, or a
     *         participant who holds no seat on the shift
     */
    @Transactional
    public SeatCheckIn checkInWithCode(long shiftId, String code) {
        var signedIn = signedIn();
        var shift = shiftFacts(shiftId);
        if (!MessageDigest.isEqual(code(shift).getBytes(StandardCharsets.US_ASCII),
                code.getBytes(StandardCharsets.US_ASCII))) {
            throw new RefusedChangeException("campday.code.wrong");
        }
        long participantId = accounts.participantOf(signedIn.getName())
                .orElseThrow(() -> new RefusedChangeException("campday.code.notYourShift"));
        var own = store.publishedSeats(shift).stream().filter(s -> s.participantId() == participantId).findFirst()
                .orElseThrow(() -> new RefusedChangeException("campday.code.notYourShift"));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), shift.zone());
        LocalDateTime start = shift.day().atTime(shift.start());
        LocalDateTime end = shift.day().atTime(shift.end());
        if (now.isBefore(start.minus(OPENS_BEFORE)) || now.isAfter(end)) {
            throw new RefusedChangeException("campday.code.outsideShift", shift.start(), shift.end());
        }
        if (own.state() != null) {
            return own;
        }
        boolean onTime = !now.isAfter(start.plus(ON_TIME_WITHIN));
        int minutes = onTime ? shift.plannedMinutes() : (int) Duration.between(now, end).toMinutes();
        if (!store.mark(own, onTime ? CheckInState.CAME : CheckInState.CAME_LATE, minutes,
                store.userId(signedIn.getName()).orElse(null), clock.instant())) {
            return reread(shift, own.seat()); // marked by someone else a moment ago: theirs stands
        }
        events.publishEvent(new CheckInMarked(shift.campId(), shiftId));
        return reread(shift, own.seat());
    }

    private SeatCheckIn reread(ShiftFacts shift, int seat) {
        return store.publishedSeats(shift).stream().filter(s -> s.seat() == seat).findFirst().orElseThrow();
    }

    private ShiftFacts shiftFacts(long shiftId) {
        return store.shift(shiftId).orElseThrow(() -> new NotFoundException("Shift", shiftId));
    }

    private static Authentication signedIn() {
        return SignedInPerson.require("sign in to check in");
    }

    /**
     * The role in which the signed-in person may mark this shift: an organizer of its camp, a
     * host of its village, or its lead. Anyone else is refused as if the shift were not theirs.
     */
    private Marker marker(Authentication signedIn, ShiftFacts shift, java.util.List<SeatCheckIn> seats) {
        String username = signedIn.getName();
        if (has(signedIn, "ROLE_ORGANIZER") && access.organizes(username, shift.campId())) {
            return Marker.ORGANIZER;
        }
        if (has(signedIn, "ROLE_HOST") && accounts.villageOf(username).filter(v -> v == shift.villageId()).isPresent()) {
            return Marker.HOST;
        }
        Optional<Long> participant = has(signedIn, "ROLE_PARTICIPANT") ? accounts.participantOf(username)
                : Optional.empty();
        if (participant.isPresent()
                && seats.stream().anyMatch(s -> s.lead() && s.participantId() == participant.get())) {
            return Marker.LEAD;
        }
        throw new AccessDeniedException("may not check in this shift");
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    private void requireOpen(ShiftFacts shift, Marker marker) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), shift.zone());
        LocalDateTime opens = shift.day().atTime(shift.start()).minus(OPENS_BEFORE);
        LocalDateTime closes = shift.campEnds().plusDays(1).atStartOfDay()
                .plus(marker == Marker.ORGANIZER ? ORGANIZERS_CORRECT_FOR : Duration.ZERO);
        if (now.isBefore(opens)) {
            throw new RefusedChangeException("campday.mark.notYet", shift.day(), shift.start());
        }
        if (now.isAfter(closes)) {
            throw new RefusedChangeException("campday.mark.closed", shift.campEnds());
        }
    }

    private static int minutes(ShiftFacts shift, CheckInState state, @Nullable Integer confirmed) {
        if (!state.worked()) {
            if (confirmed != null && confirmed != 0) {
                throw new RefusedChangeException("campday.mark.minutesWithoutWork");
            }
            return 0;
        }
        int minutes = confirmed == null ? shift.plannedMinutes() : confirmed;
        int most = shift.plannedMinutes() + MAX_EXTRA_MINUTES;
        if (minutes < 1 || minutes > most) {
            throw new RefusedChangeException("campday.mark.minutesOutOfRange", most);
        }
        return minutes;
    }

    private String code(ShiftFacts shift) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(store.codeSecret(shift.campId(), clock.instant()), "HmacSHA256"));
            byte[] tag = mac.doFinal(("check-in shift " + shift.shiftId()).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
