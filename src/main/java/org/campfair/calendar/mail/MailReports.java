package org.campfair.calendar.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.campfair.shared.security.CampAccess;

/** Tells organizers which invites of a camp went out, wait for a retry, or never arrived. */
@Service
public class MailReports {

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final CampAccess access;

    MailReports(MailOutbox outbox, ObjectProvider<JavaMailSender> mail, CampAccess access) {
        this.access = access;
        this.outbox = outbox;
        this.mail = mail;
    }

    public MailReport of(long campId) {
        access.requireOrganizer(campId);
        return new MailReport(mail.getIfAvailable() != null, outbox.counts(campId), outbox.unsent(campId));
    }
}
