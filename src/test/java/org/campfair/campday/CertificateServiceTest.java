package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.PublishedSampleCamp;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Certificates of participation on PostgreSQL, read back with PDFBox's text extraction. */
@CampfairIntegrationTest
class CertificateServiceTest {

    private static final String PASSWORD = "a-long-password";

    @Autowired
    CertificateService certificates;
    @Autowired
    CampImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private String mikanAccount;
    private EndedCamp camp;

    @BeforeEach
    void anEndedCampWithMikansAccount() {
        mikanAccount = "mikan-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(mikanAccount, PASSWORD, Role.PARTICIPANT, null, null);
        camp = EndedCamp.publish(mikanAccount, importer, jdbc);
    }

    @Test
    void aParticipantsCertificateShowsTheNicknameTasksAndConfirmedHours() throws IOException {
        byte[] pdf = asMikan(() -> certificates.certificate(camp.mikan()));

        String text = text(pdf);
        assertThat(text).contains("参加証明書").contains("Mikan").contains(EndedCamp.JAPANESE_TASK)
                .contains("Yuzuhara Autumn Yuzu Camp 2027").contains("Yuzuhara")
                .contains("確認済み時間の合計：1時間40分")
                .as("the legal name only when chosen").doesNotContain("三上");
        assertThat(pdf.length).as("a subset of the font, not all 4.6 MB of it").isLessThan(150_000);
        System.out.printf("Certificate of one participant (2 shifts, Japanese): %,d bytes%n", pdf.length);
    }

    @Test
    void theLegalNameWhenTheParticipantChoosesIt() throws IOException {
        var choice = asMikan(() -> certificates.choose(camp.mikan(), CertificateName.LEGAL_NAME));
        assertThat(choice.name()).isEqualTo(CertificateName.LEGAL_NAME);
        assertThat(choice.legalNameKnown()).isTrue();
        assertThat(choice.available()).isTrue();

        String text = text(asMikan(() -> certificates.certificate(camp.mikan())));
        assertThat(text).contains("三上 奈緒").doesNotContain("Mikan");
        assertThat(text(asMikan(() -> certificates.certificate(camp.mikan(), CertificateName.NICKNAME))))
                .as("a download may ask for the nickname once").contains("Mikan");
    }

    @Test
    void koreanTextRendersAndOnlyWorkedSeatsCount() throws IOException {
        jdbc.sql("update participant set nickname = '김민준', language = 'ko' where id = ?").param(camp.kuma()).update();
        int planned = EndedCamp.plannedMinutes(jdbc, camp.shiftIds().getFirst());
        int total = planned + EndedCamp.KUMA_SECOND_SHIFT_MINUTES;

        String text = text(asOrganizer(() -> certificates.certificate(camp.kuma())));

        assertThat(text).contains("참가 증명서").contains("김민준").contains(EndedCamp.JAPANESE_TASK)
                .contains("확인된 시간 합계: " + hoursKo(total));
        String mikans = text(asMikan(() -> certificates.certificate(camp.mikan())));
        assertThat(mikans).as("did-not-come adds nothing").contains("1時間40分").contains("活動日数");
    }

    @Test
    void beforeTheCampHasEndedNobodyGetsOne() {
        String other = "early-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(other, PASSWORD, Role.PARTICIPANT, null, null);
        var running = PublishedSampleCamp.publishFor(other, importer, jdbc);

        assertThatThrownBy(() -> SignIn.as(other, Role.PARTICIPANT,
                () -> certificates.certificate(running.participantId())))
                .isInstanceOfSatisfying(RefusedChangeException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("campday.certificate.notYet"));
        assertThatThrownBy(() -> asOrganizer(() -> certificates.certificates(running.campId())))
                .isInstanceOf(RefusedChangeException.class);
        var choice = SignIn.as(other, Role.PARTICIPANT, () -> certificates.choice(running.participantId()));
        assertThat(choice.available()).isFalse();
        assertThat(choice.availableFrom()).isEqualTo(jdbc.sql("select ends_on + 1 from camp where id = ?")
                .param(running.campId()).query(LocalDate.class).single());
    }

    @Test
    void anotherParticipantOfTheSameCampIsRefused() {
        String kumaAccount = "kuma-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(kumaAccount, PASSWORD, Role.PARTICIPANT, camp.kuma(), null);

        assertThatThrownBy(() -> SignIn.as(kumaAccount, Role.PARTICIPANT, () -> certificates.certificate(camp.mikan())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(kumaAccount, Role.PARTICIPANT,
                () -> certificates.choose(camp.mikan(), CertificateName.LEGAL_NAME)))
                .isInstanceOf(AccessDeniedException.class);
    }

    record Person(long id, String nickname, String legalName) {
    }

    @Test
    void organizersGetEveryCertificateInOneZipNamedByNickname() throws IOException {
        asMikan(() -> certificates.choose(camp.mikan(), CertificateName.LEGAL_NAME));
        List<Person> people = jdbc.sql("select id, nickname, legal_name from participant where camp_id = ?")
                .param(camp.campId()).query(Person.class).list();

        byte[] zip = asOrganizer(() -> certificates.certificates(camp.campId()));

        var names = new ArrayList<String>();
        String mikans = null;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                byte[] pdf = in.readAllBytes();
                assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                if (entry.getName().equals(CertificateService.fileName(camp.mikan(), "Mikan"))) {
                    mikans = text(pdf);
                }
            }
        }
        assertThat(names).hasSize(people.size()).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("certificate-\\d+-[\\p{L}\\p{N}_-]+\\.pdf"))
                .containsExactlyInAnyOrderElementsOf(
                        people.stream().map(p -> CertificateService.fileName(p.id(), p.nickname())).toList());
        var nicknames = people.stream().map(Person::nickname).toList();
        for (var person : people) {
            for (String part : person.legalName().split(" ")) {
                if (!nicknames.contains(part)) { // Emma Clarke's nickname is Emma
                    assertThat(names).as("no legal name in a file name").noneMatch(name -> name.contains(part));
                }
            }
        }
        assertThat(mikans).as("the zip keeps the participant's choice of name").contains("三上 奈緒");
    }

    @Test
    void fileNamesKeepOnlyLettersDigitsAndDashes() {
        assertThat(CertificateService.fileName(7, "../Ha na/\u0000:*")).isEqualTo("certificate-7-___Ha_na____.pdf");
        assertThat(CertificateService.fileName(8, "김민준")).isEqualTo("certificate-8-김민준.pdf");
        assertThat(CertificateService.fileName(9, "x".repeat(200))).hasSize("certificate-9-.pdf".length() + 40);
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String hoursKo(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + "시간" : minutes / 60 + "시간 " + minutes % 60 + "분";
    }

    private <T> T asMikan(Supplier<T> work) {
        return SignIn.as(mikanAccount, Role.PARTICIPANT, work);
    }

    private static <T> T asOrganizer(Supplier<T> work) {
        return SignIn.as("organizer", Role.ORGANIZER, work);
    }
}
