package org.campfair.campday;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import org.campfair.campday.internal.AfterCampStore;
import org.campfair.campday.internal.ConfirmedHoursCsv;
import org.campfair.importing.ExportEncoding;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The camp's confirmed hours for its organizers, during the camp and after it: each
 * participant's published seats that have started or were marked, with what was marked.
 * Seats still ahead are left out, so the record holds only what could have happened.
 */
@Service
public class ConfirmedHoursService {

    private final AfterCampStore store;
    private final CampAccess access;
    private final Clock clock;

    ConfirmedHoursService(AfterCampStore store, CampAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Everyone's seats so far with their marks, by nickname.
     *
     * @throws NotFoundException when there is no such camp
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ConfirmedHours of(long campId) {
        access.requireOrganizer(campId);
        var camp = store.camp(campId).orElseThrow(() -> new NotFoundException("Camp", campId));
        var now = LocalDateTime.ofInstant(clock.instant(), camp.zone());
        var participants = new ArrayList<ParticipantHours>();
        store.seats(campId).forEach((person, seats) -> participants.add(new ParticipantHours(person.id(),
                person.nickname(), person.legalName(), seats.stream()
                        .filter(seat -> seat.state() != null || !seat.day().atTime(seat.start()).isAfter(now))
                        .toList())));
        return new ConfirmedHours(campId, camp.name(), participants);
    }

    /**
     * The same as a CSV file in the chosen encoding, one row per participant and seat.
     *
     * @throws org.campfair.shared.RefusedChangeException when Shift_JIS cannot hold a character
     *     (file, line and character named, as the camp export does)
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] csv(long campId, ExportEncoding encoding) {
        return encoding.encode(ConfirmedHoursCsv.FILE_NAME, ConfirmedHoursCsv.write(of(campId)));
    }
}
