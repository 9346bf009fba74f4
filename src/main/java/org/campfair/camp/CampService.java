package org.campfair.camp;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import org.campfair.camp.internal.CampRepository;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.CampAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads, starts and edits camps. */
@Service
@Transactional(readOnly = true)
public class CampService {

    private final CampRepository camps;
    private final ApplicationEventPublisher events;
    private final CampAccess access;

    CampService(CampRepository camps, ApplicationEventPublisher events, CampAccess access) {
        this.camps = camps;
        this.events = events;
        this.access = access;
    }

    /** Every camp, for work the app does itself (start-up, generated camps). */
    public List<Camp> list() {
        access.requireStaff();
        return camps.findAll();
    }

    /** The camps the signed-in organizer organizes, in the order of {@link #list()}. */
    public List<Camp> listMine() {
        var mine = new HashSet<>(access.campsOfSignedInOrganizer());
        return camps.findAll().stream().filter(camp -> mine.contains(camp.id())).toList();
    }

    public Camp get(long id) {
        access.requireMember(id);
        return camps.findById(id).orElseThrow(() -> new NotFoundException("Camp", id));
    }

    /**
     * The camp, for one of its organizers: anyone else is refused before the camp is looked up,
     * so a stranger cannot tell a camp that exists from one that does not.
     */
    public Camp getOrganized(long id) {
        access.requireOrganizer(id);
        return get(id);
    }

    /** Starts an empty camp. */
    @Transactional
    public Camp create(CampDraft draft) {
        access.requireAnyOrganizer();
        check(draft.name(), draft.startsOn(), draft.endsOn(), draft.language());
        long id = camps.insert(draft);
        access.grantToSignedInOrganizer(id);
        return get(id);
    }

    /**
     * Starts a camp from an earlier one: its villages, sites, tasks and shifts (moved by the
     * difference between the two start dates; shifts past the new end are left out) and its
     * houses, rooms and beds, and the weights of the roster's rules. Participants, rosters and
     * publications are not copied.
     */
    @Transactional
    public Camp copy(long templateCampId, CampDraft draft) {
        access.requireOrganizer(templateCampId);
        var template = get(templateCampId);
        var camp = create(draft);
        events.publishEvent(new CampCopied(template.id(), camp.id(),
                ChronoUnit.DAYS.between(template.startsOn(), camp.startsOn())));
        return camp;
    }

    /** Saves name, dates, zone and language; a {@code StaleRecordException} if someone saved first. */
    @Transactional
    public Camp update(Camp camp) {
        access.requireOrganizer(camp.id());
        check(camp.name(), camp.startsOn(), camp.endsOn(), camp.language());
        return camps.update(camp);
    }

    @Transactional
    public void markStatus(long id, CampStatus status) {
        access.requireOrganizer(id);
        camps.updateStatus(id, status);
    }

    private void check(String name, LocalDate startsOn, LocalDate endsOn, String language) {
        if (name.isBlank()) {
            throw new RefusedChangeException("camp.error.nameRequired");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RefusedChangeException("camp.error.endBeforeStart");
        }
        if (!CampDraft.LANGUAGES.contains(language)) {
            throw new RefusedChangeException("camp.error.language");
        }
    }
}
