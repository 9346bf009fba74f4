package org.campfair.calendar.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.Feeds;
import org.campfair.calendar.HandMadeRoster;
import org.campfair.calendar.HandMadeRosters;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Invites through a real SMTP server inside the test (GreenMail), read back as MIME parts.
 * Polling is set to an hour so that the tests, not the scheduler, decide when mail goes out.
 */
@CampfairIntegrationTest
@TestPropertySource(properties = {"campfair.mail.poll-interval=PT1H", "campfair.mail.from=camp@campfair.test"})
class InvitesByMailTest {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    HandMadeRosters handMade;
    @Autowired
    RosterService rosters;
    @Autowired
    CalendarUpdates updates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InviteSender sender;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailReports reports;
    @Autowired
    ParticipantService participants;
    @Autowired
    CampService camps;
    @Autowired
    MeterRegistry meters;

    private HandMadeRoster roster;
    private long kuma;

    @BeforeEach
    void publishWithAnEmptyMailbox() throws Exception {
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
        roster = handMade.published();
        kuma = roster.participants.getFirst();
    }

    @Test
    void publishingSendsEveryParticipantOneInviteWithTheirCalendarAsRequest() throws Exception {
        var sends = new Sends();

        assertThat(sender.sendDue()).isEqualTo(roster.participants.size());

        assertThat(sends.since()).isEqualTo(new Counts(roster.participants.size(), 0, 0, 0));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(roster.participants.size());
        assertThat(Arrays.stream(received).map(InvitesByMailTest::recipient).distinct()).hasSize(received.length);
        var message = to("kuma@example.org");
        assertThat(message.getSubject()).isEqualTo("Yuzuhara Autumn Yuzu Camp 2027の担当表");
        assertThat(message.getMessageID()).matches("<invite-\\d+@campfair>");
        assertThat(message.isMimeType("multipart/mixed")).isTrue();

        var mixed = (Multipart) message.getContent();
        var alternatives = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) alternatives.getBodyPart(0).getContent()).startsWith("Kumaさん");
        BodyPart calendarPart = alternatives.getBodyPart(1);
        assertThat(calendarPart.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(text(attachment)).isEqualTo(text(calendarPart));

        String ics = text(calendarPart);
        var calendar = Feeds.parse(ics);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        var events = Feeds.events(ics);
        assertThat(events).hasSize(roster.shiftsOf(kuma).size() + 1).allSatisfy(event -> {
            assertThat(Feeds.sequence(event)).isZero();
            assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                    .isEqualTo("mailto:camp@campfair.test");
            assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                    .isEqualTo("mailto:kuma@example.org");
            assertThat(event.getAlarms()).hasSize(2);
        });
    }

    @Test
    void messagesAreInTheParticipantsLanguage() throws Exception {
        sender.sendDue();

        assertThat(to("emma@example.org").getSubject()).isEqualTo("Your shifts at Yuzuhara Autumn Yuzu Camp 2027");
        assertThat(to("minjun@example.org").getSubject()).isEqualTo("Yuzuhara Autumn Yuzu Camp 2027 근무 일정");
    }

    @Test
    void aChangeIsARequestWithAHigherSequenceAndARemovalACancel() throws Exception {
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
        long moved = roster.shiftsOf(kuma).get(0);
        long removed = roster.shiftsOf(kuma).get(1);
        roster.moveShiftLater(moved, 30);
        roster.removeFromShift(kuma, removed);

        roster.publish();
        sender.sendDue();

        List<MimeMessage> kumas = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equals("kuma@example.org")).toList();
        assertThat(kumas).hasSize(2);
        String request = calendarOf(kumas, "REQUEST");
        assertThat(Feeds.events(request)).singleElement().satisfies(event -> {
            assertThat(Feeds.uid(event)).isEqualTo("shift-" + moved + "-p" + kuma + "@campfair");
            assertThat(Feeds.sequence(event)).isEqualTo(1);
        });
        String cancel = calendarOf(kumas, "CANCEL");
        assertThat(Feeds.parse(cancel).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(Feeds.events(cancel)).singleElement().satisfies(event -> {
            assertThat(Feeds.uid(event)).isEqualTo("shift-" + removed + "-p" + kuma + "@campfair");
            assertThat(Feeds.sequence(event)).isEqualTo(1);
            assertThat(Feeds.cancelled(event)).isTrue();
        });
        assertThat(to("kuma@example.org", "CANCEL").getSubject()).startsWith("取り消し");
    }

    @Test
    void aPublicationRacedByAFeedRequestIsAppliedOnceAndEachInviteQueuedOnce() throws Exception {
        sender.sendDue();
        int before = smtp.getReceivedMessages().length;
        long shift = roster.shiftsOf(kuma).getFirst();
        roster.moveShiftLater(shift, 30);
        long volunteers = jdbc.sql("select count(*) from seat_assignment where shift_id = ?").param(shift)
                .query(Long.class).single();

        var published = rosters.publish(roster.campId);
        // What a feed request does when it arrives before the background work is done.
        updates.bringUpToDate(roster.campId);
        updates.awaitBackgroundWork(Duration.ofMinutes(2));

        assertThat(jdbc.sql("select count(*) from calendar_publication where publication_id = ?")
                .param(published.publicationId()).query(Long.class).single()).isEqualTo(1);
        assertThat(sender.sendDue()).isEqualTo((int) volunteers);
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(before + (int) volunteers);
    }

    @Test
    void nothingChangedNothingSentAndNothingIsSentTwice() throws Exception {
        sender.sendDue();
        int first = smtp.getReceivedMessages().length;

        roster.publish();
        sender.sendDue();
        sender.sendDue();

        assertThat(smtp.getReceivedMessages()).hasSize(first);
        assertThat(reports.of(roster.campId).counts()).containsEntry(OutgoingMail.Status.SENT, first)
                .hasSize(1);
    }

    @Test
    void aFailedSendIsRetriedLaterAndReportedUntilItGoesOut() throws Exception {
        Instant now = Instant.now();
        var down = senderVia(unusedPort(), Clock.fixed(now, ZoneOffset.UTC));
        var sends = new Sends();

        assertThat(down.sendDue()).isZero();
        assertThat(sends.since()).isEqualTo(new Counts(0, roster.participants.size(), 0, 0));

        var report = reports.of(roster.campId);
        assertThat(report.counts()).containsEntry(OutgoingMail.Status.PENDING, roster.participants.size());
        assertThat(report.unsent()).allSatisfy(mail -> {
            assertThat(mail.attempts()).isEqualTo(1);
            assertThat(mail.lastError()).isNotBlank();
        });
        assertThat(sender.sendDue()).as("not due again for a minute").isZero();

        var up = senderVia(smtp.getSmtp().getPort(), Clock.fixed(now.plus(Duration.ofMinutes(2)), ZoneOffset.UTC));
        assertThat(up.sendDue()).isEqualTo(roster.participants.size());
        assertThat(smtp.getReceivedMessages()).hasSize(roster.participants.size());
        assertThat(reports.of(roster.campId).unsent()).isEmpty();
        assertThat(sends.since()).isEqualTo(new Counts(roster.participants.size(), roster.participants.size(), 0, 0));
    }

    @Test
    void afterFiveFailedAttemptsAnInviteIsReportedAsFailed() throws Exception {
        Instant now = Instant.now();
        var sends = new Sends();
        for (int attempt = 0; attempt < 5; attempt++) {
            senderVia(unusedPort(), Clock.fixed(now.plus(Duration.ofHours(3L * attempt)), ZoneOffset.UTC)).sendDue();
        }

        assertThat(reports.of(roster.campId).counts()).containsEntry(OutgoingMail.Status.FAILED,
                roster.participants.size());
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        int people = roster.participants.size();
        assertThat(sends.since()).as("four retries, then given up").isEqualTo(new Counts(0, 4 * people, people, 0));
    }

    @Test
    void invitesInterruptedWhileSendingAreCountedAsUncertainAndNotSent() throws Exception {
        // What a sender stopped mid-send leaves behind: claimed long ago, still SENDING.
        int interrupted = jdbc.sql("""
                update outgoing_mail set status = 'SENDING', attempts = 1, claimed_at = now() - interval '1 hour'
                where camp_id = ? and status = 'PENDING'""").param(roster.campId).update();
        var sends = new Sends();

        assertThat(sender.sendDue()).isZero();

        assertThat(interrupted).isEqualTo(roster.participants.size());
        assertThat(sends.since()).isEqualTo(new Counts(0, 0, 0, interrupted));
        assertThat(reports.of(roster.campId).counts()).containsEntry(OutgoingMail.Status.UNCERTAIN, interrupted);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    /** campfair.mail.sends by outcome. */
    private record Counts(double sent, double retry, double failed, double uncertain) {
    }

    /** The counters when it was made, to compare what the test did against. */
    private final class Sends {

        private final Counts before = now();

        Counts since() {
            Counts after = now();
            return new Counts(after.sent() - before.sent(), after.retry() - before.retry(),
                    after.failed() - before.failed(), after.uncertain() - before.uncertain());
        }

        private Counts now() {
            return new Counts(count("sent"), count("retry"), count("failed"), count("uncertain"));
        }

        private double count(String outcome) {
            var counter = meters.find("campfair.mail.sends").tag("outcome", outcome).counter();
            return counter == null ? 0 : counter.count();
        }
    }

    private InviteSender senderVia(int port, Clock clock) {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return new InviteSender(outbox, mail, participants, camps, clock, "camp@campfair.test", meters);
    }

    private MimeMessage to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipient(message).equals(address))
                .findFirst().orElseThrow(() -> new AssertionError("nothing sent to " + address));
    }

    private MimeMessage to(String address, String method) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (recipient(message).equals(address) && calendarPart(message).getContentType().contains(method)) {
                return message;
            }
        }
        throw new AssertionError("no " + method + " sent to " + address);
    }

    private static String calendarOf(List<MimeMessage> messages, String method) throws Exception {
        for (MimeMessage message : messages) {
            BodyPart part = calendarPart(message);
            if (part.getContentType().contains("method=" + method)) {
                return text(part);
            }
        }
        throw new AssertionError("no " + method);
    }

    private static BodyPart calendarPart(MimeMessage message) throws Exception {
        var mixed = (Multipart) message.getContent();
        return ((Multipart) mixed.getBodyPart(0).getContent()).getBodyPart(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int unusedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
