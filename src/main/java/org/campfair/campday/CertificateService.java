package org.campfair.campday;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campfair.campday.internal.AfterCampStore;
import org.campfair.campday.internal.AfterCampStore.CampFacts;
import org.campfair.campday.internal.AfterCampStore.Person;
import org.campfair.campday.internal.CertificatePdf;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.CampAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of participation, once the camp has ended in its own time zone: camp, dates,
 * host villages, the tasks done and the confirmed hours (only seats checked in as came, came
 * late or left early count), in the participant's language. They show the nickname unless
 * the participant chose their legal name. A participant gets their own; the camp's
 * organizers get anyone's, or all of them in one zip.
 */
@Service
public class CertificateService {

    /** Longest nickname part of a file name in the zip, in characters. */
    static final int FILE_NAME_NICKNAME = 40;

    private final AfterCampStore store;
    private final CampAccess access;
    private final Clock clock;

    CertificateService(AfterCampStore store, CampAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** The participant's choice of name and when their certificate can be downloaded. */
    @Transactional(readOnly = true)
    public CertificateChoice choice(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        var person = person(participantId);
        var camp = camp(person.campId());
        return new CertificateChoice(store.certificateName(participantId), !person.legalName().isBlank(),
                availableFrom(camp), ended(camp));
    }

    /** The camp's name and from which day (camp time) its certificates can be downloaded: organizers only. */
    @Transactional(readOnly = true)
    public CampCertificates ofCamp(long campId) {
        access.requireOrganizer(campId);
        var camp = camp(campId);
        return new CampCertificates(camp.name(), availableFrom(camp), ended(camp));
    }

    /** Keeps the name the participant wants on their certificate (and in the organizers' zip). */
    @Transactional
    public CertificateChoice choose(long participantId, CertificateName name) {
        access.requireParticipantOrOrganizer(participantId);
        person(participantId);
        store.chooseCertificateName(participantId, name, clock.instant());
        return choice(participantId);
    }

    /**
     * The participant's certificate with the name they chose, as PDF.
     *
     * @throws RefusedChangeException ("campday.certificate.notYet") before the camp has ended
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] certificate(long participantId) {
        access.requireParticipantOrOrganizer(participantId);
        return certificate(participantId, store.certificateName(participantId));
    }

    /** As {@link #certificate(long)}, with the name given here instead of the one chosen before. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] certificate(long participantId, CertificateName name) {
        access.requireParticipantOrOrganizer(participantId);
        var person = person(participantId);
        var camp = requireEnded(camp(person.campId()));
        return CertificatePdf.write(certificate(person, name, camp, store.seatsOf(person)));
    }

    /**
     * Every participant's certificate in one zip, each with the name its participant chose.
     * File names carry the participant's id and nickname only.
     *
     * @throws RefusedChangeException ("campday.certificate.notYet") before the camp has ended
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] certificates(long campId) {
        access.requireOrganizer(campId);
        var camp = requireEnded(camp(campId));
        var zip = new ByteArrayOutputStream();
        // One parsed font for the whole camp, drawn one certificate after another.
        try (var out = new ZipOutputStream(zip); var pdf = new CertificatePdf()) {
            for (var entry : store.seats(campId).entrySet()) {
                var person = entry.getKey();
                out.putNextEntry(new ZipEntry(fileName(person.id(), person.nickname())));
                out.write(pdf.draw(certificate(person, store.certificateName(person.id()), camp,
                        entry.getValue())));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    /**
     * A certificate's file name: the id keeps two people of one nickname apart, and the
     * nickname keeps only letters, digits and dashes of any script, so it is safe on any disk.
     */
    public static String fileName(long participantId, String nickname) {
        var safe = new StringBuilder();
        nickname.codePoints().limit(FILE_NAME_NICKNAME).forEach(c -> safe.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '-' ? c : '_'));
        return "certificate-" + participantId + "-" + safe + ".pdf";
    }

    private CertificatePdf.Certificate certificate(Person person, CertificateName name, CampFacts camp,
            java.util.List<ConfirmedSeat> seats) {
        String shown = name == CertificateName.LEGAL_NAME && !person.legalName().isBlank() ? person.legalName()
                : person.nickname();
        return new CertificatePdf.Certificate(Translations.language(person.language()), shown, camp, seats,
                LocalDate.now(clock.withZone(camp.zone())));
    }

    private Person person(long participantId) {
        return store.person(participantId).orElseThrow(() -> new NotFoundException("Participant", participantId));
    }

    private CampFacts camp(long campId) {
        return store.camp(campId).orElseThrow(() -> new NotFoundException("Camp", campId));
    }

    private CampFacts requireEnded(CampFacts camp) {
        if (!ended(camp)) {
            throw new RefusedChangeException("campday.certificate.notYet", availableFrom(camp));
        }
        return camp;
    }

    /** The camp has ended once its last day is over where it takes place. */
    private boolean ended(CampFacts camp) {
        return LocalDate.now(clock.withZone(camp.zone())).isAfter(camp.endsOn());
    }

    private static LocalDate availableFrom(CampFacts camp) {
        return camp.endsOn().plusDays(1);
    }
}
