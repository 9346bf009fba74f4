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
import java.util.Map;

/**
 * The email around an invite, laid out as calendar programs expect (RFC 6047): the text and
 * the iCalendar as alternatives of one another, so mail clients show accept/add buttons,
 * and the same iCalendar again as an invite.ics attachment for those that only open files.
 * Texts are plain templates in the participant's language (ja, en, ko), English otherwise.
 */
final class InviteMessages {

    /** Subject and body per language and method; {0} is the camp, {1} the participant's nickname. */
    private static final Map<String, Map<String, String[]>> TEXTS = Map.of(
            "en", Map.of(
                    "REQUEST", new String[] {"Your shifts at {0}",
                            "Hello {1},\n\nThe roster of {0} has been published or updated. The attached calendar"
                                    + " adds your shifts and your stay to your calendar, or updates them.\n\nCampfair"},
                    "CANCEL", new String[] {"Cancelled: shifts at {0}",
                            "Hello {1},\n\nSome of your shifts or your stay at {0} have been cancelled. The attached"
                                    + " calendar removes them from your calendar.\n\nCampfair"}),
            "ja", Map.of(
                    "REQUEST", new String[] {"{0}の担当表",
                            "{1}さん\n\n{0}の担当表が公開・更新されました。添付のカレンダーで、あなたの担当と宿泊が"
                                    + "カレンダーに追加・更新されます。\n\nCampfair"},
                    "CANCEL", new String[] {"取り消し：{0}の担当",
                            "{1}さん\n\n{0}での担当または宿泊の一部が取り消されました。添付のカレンダーで、"
                                    + "カレンダーから削除されます。\n\nCampfair"}),
            "ko", Map.of(
                    "REQUEST", new String[] {"{0} 근무 일정",
                            "{1} 님\n\n{0}의 근무표가 공개되었거나 변경되었습니다. 첨부된 캘린더로 근무와 숙박 일정이"
                                    + " 캘린더에 추가되거나 갱신됩니다.\n\nCampfair"},
                    "CANCEL", new String[] {"취소: {0} 근무",
                            "{1} 님\n\n{0}의 근무 또는 숙박 일부가 취소되었습니다. 첨부된 캘린더로 캘린더에서"
                                    + " 삭제됩니다.\n\nCampfair"}));

    private InviteMessages() {
    }

    static void fill(MimeMessage message, Invite invite) throws MessagingException {
        String[] text = TEXTS.getOrDefault(invite.language(), TEXTS.get("en")).get(invite.method());
        message.setFrom(new InternetAddress(invite.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(invite.to()));
        message.setSubject(format(text[0], invite), "UTF-8");
        // Set before sending; Spring keeps a Message-ID it finds, so a retried message keeps its
        // identity and receiving servers can drop a copy they already have.
        message.setHeader("Message-ID", "<invite-" + invite.id() + "@campfair>");

        var alternatives = new MimeMultipart("alternative");
        var body = new MimeBodyPart();
        body.setText(format(text[1], invite), "UTF-8");
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

    private static String format(String template, Invite invite) {
        return template.replace("{0}", invite.camp()).replace("{1}", invite.nickname());
    }

    /** Everything one message needs. */
    record Invite(long id, String method, String from, String to, String nickname, String language, String camp,
            String calendar) {
    }
}
