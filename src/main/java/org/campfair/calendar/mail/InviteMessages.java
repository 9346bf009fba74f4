package org.campfair.calendar.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.campfair.shared.i18n.Translations;

/**
 * The email around an invite, laid out as calendar programs expect (RFC 6047): the text and
 * the iCalendar as alternatives of one another, so mail clients show accept/add buttons,
 * and the same iCalendar again as an invite.ics attachment for those that only open files.
 * Texts come from the message bundles in the participant's language (ja, en, ko), English
 * otherwise.
 */
final class InviteMessages {

    private InviteMessages() {
    }

    static void fill(MimeMessage message, Invite invite) throws MessagingException {
        Locale language = Translations.language(invite.language());
        boolean cancel = invite.method().equals("CANCEL");
        // {0} is the camp, {1} the participant's nickname.
        String subject = cancel ? Translations.text(language, "calendar.mail.cancel.subject", invite.camp())
                : Translations.text(language, "calendar.mail.request.subject", invite.camp());
        String text = cancel
                ? Translations.text(language, "calendar.mail.cancel.body", invite.camp(), invite.nickname())
                : Translations.text(language, "calendar.mail.request.body", invite.camp(), invite.nickname());
        message.setFrom(new InternetAddress(invite.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(invite.to()));
        message.setSubject(subject, "UTF-8");
        // Set before sending; Spring keeps a Message-ID it finds, so a retried message keeps its
        // identity and receiving servers can drop a copy they already have.
        message.setHeader("Message-ID", "<invite-" + invite.id() + "@campfair>");

        var alternatives = new MimeMultipart("alternative");
        var body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        alternatives.addBodyPart(body);
        alternatives.addBodyPart(calendarPart(invite, "text/calendar; charset=UTF-8; method=" + invite.method()));
        var inline = new MimeBodyPart();
        inline.setContent(alternatives);

        var attachment = calendarPart(invite, "application/ics; name=\"invite.ics\"");
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName("invite.ics");

        var mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(inline);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
    }

    private static MimeBodyPart calendarPart(Invite invite, String contentType) throws MessagingException {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(
                new ByteArrayDataSource(invite.calendar().getBytes(StandardCharsets.UTF_8), contentType)));
        part.setHeader("Content-Type", contentType);
        // Base64 keeps the CRLFs and 75-octet folds of the iCalendar intact through any relay.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** Everything one message needs. */
    record Invite(long id, String method, String from, String to, String nickname, String language, String camp,
            String calendar) {
    }
}
