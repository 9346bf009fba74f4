package org.campfair.campday.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campfair.campday.CheckInState;
import org.campfair.campday.ConfirmedSeat;
import org.campfair.campday.internal.AfterCampStore.CampFacts;
import org.junit.jupiter.api.Test;

/** The certificate's drawing alone, without a database: long lists, any script, odd characters. */
class CertificatePdfTest {

    private static final CampFacts CAMP = new CampFacts(1, "Yuzuhara Autumn Yuzu Camp 2027",
            LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 14), ZoneId.of("Asia/Tokyo"), List.of("Yuzuhara", "柚原"));

    @Test
    void aLongListOfTasksGoesOnToASecondPageAndEveryTaskIsThere() throws IOException {
        var seats = new ArrayList<ConfirmedSeat>();
        for (int day = 0; day < 14; day++) {
            for (int task = 0; task < 3; task++) {
                seats.add(seat(LocalDate.of(2027, 11, 1 + day), "作業 " + day + "-" + task
                        + " とても長い作業の名前が続いて一行に収まらないときは折り返します", 180));
            }
        }
        byte[] pdf = CertificatePdf.write(new CertificatePdf.Certificate(Locale.JAPANESE, "Hana", CAMP, seats,
                LocalDate.of(2027, 11, 20)));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
            assertThat(text).contains("作業 13-2").contains("126時間").contains("柚原");
        }
    }

    @Test
    void whatTheFontLacksIsASquareAndNotAFailure() throws IOException {
        byte[] pdf = CertificatePdf.write(new CertificatePdf.Certificate(Locale.KOREAN, "민준 🌱\tKim", CAMP,
                List.of(seat(LocalDate.of(2027, 11, 2), "Jam making", 125)), LocalDate.of(2027, 11, 20)));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("민준 \u25A1 Kim").contains("2시간 5분");
        }
    }

    /** Prints what a certificate costs once the font is warm; no timed assertion. */
    @Test
    void measuresTheTimePerCertificate() throws IOException {
        var seats = List.of(seat(LocalDate.of(2027, 11, 2), "柚子ジャム作り", 180),
                seat(LocalDate.of(2027, 11, 3), "Yuzu harvest (upper grove)", 240));
        var certificate = new CertificatePdf.Certificate(Locale.JAPANESE, "Mikan", CAMP, seats,
                LocalDate.of(2027, 11, 20));
        CertificatePdf.write(certificate);
        int runs = 20;
        long started = System.nanoTime();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            size = CertificatePdf.write(certificate).length;
        }
        double alone = (System.nanoTime() - started) / 1e6 / runs;
        try (var shared = new CertificatePdf()) {
            started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                shared.draw(certificate);
            }
        }
        double sharedFont = (System.nanoTime() - started) / 1e6 / runs;
        started = System.nanoTime();
        CertificatePdf.parse().close();
        double parse = (System.nanoTime() - started) / 1e6;
        System.out.printf("One certificate: %.1f ms per download, %.1f ms each in one batch, %,d bytes; "
                + "a fresh parse of the font (what the pool saves): %.1f ms%n", alone, sharedFont, size, parse);
    }

    private static ConfirmedSeat seat(LocalDate day, String task, int minutes) {
        return new ConfirmedSeat(day, LocalTime.of(9, 0), LocalTime.of(9, 0).plusMinutes(minutes), task, "Site",
                "Yuzuhara", CheckInState.CAME, minutes, minutes);
    }
}
