package org.campfair.campday.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.campfair.campday.ConfirmedSeat;
import org.campfair.campday.internal.AfterCampStore.CampFacts;

/**
 * Certificates of participation as PDF, made with PDFBox ({@link CertificateDrawing} lays out
 * the page). Every text is in WenQuanYi Micro Hei, shipped in {@code /fonts} with its licence:
 * one open font with Latin, Japanese and Korean glyphs, so a Japanese task and a Korean name
 * sit on one page. Only the glyphs used are embedded (about 20 kB, not 4.6 MB).
 */
public final class CertificatePdf implements AutoCloseable {

    /** What one certificate says; the language is the participant's own. */
    public record Certificate(Locale language, String name, CampFacts camp, List<ConfirmedSeat> seats,
            LocalDate issuedOn) {
    }

    private static final String FONT = "/fonts/wqy-microhei.ttf";

    /** Read from the jar once; each parse below wraps these bytes without copying them. */
    private static final class FontBytes {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the certificate font " + FONT + " is missing from the build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Parsed fonts ready for the next certificate. Parsing the 4.6 MB font takes several times
     * as long as drawing a certificate, and a parsed font is not safe for two threads at once,
     * so a few are kept for reuse, one per certificate being drawn, instead of one per download.
     */
    private static final BlockingQueue<TrueTypeFont> PARSED = new ArrayBlockingQueue<>(2);

    private final TrueTypeFont ttf;

    /** Holds a parsed font for any number of certificates, one after another (not from several threads). */
    public CertificatePdf() {
        var parsed = PARSED.poll();
        ttf = parsed != null ? parsed : parse();
    }

    static TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(FontBytes.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the certificate font", e);
        }
    }

    /** One certificate as PDF bytes. */
    public static byte[] write(Certificate certificate) {
        try (var pdf = new CertificatePdf()) {
            return pdf.draw(certificate);
        }
    }

    /** A certificate as PDF bytes. */
    public byte[] draw(Certificate certificate) {
        try (var document = new PDDocument()) {
            var drawing = new CertificateDrawing(certificate, document, PDType0Font.load(document, ttf, true));
            drawing.draw();
            var info = new PDDocumentInformation();
            // The title names the camp only: a file's metadata travels further than its page.
            info.setTitle(drawing.text("campday.certificate.title") + " – " + certificate.camp().name());
            info.setCreator("Campfair");
            document.setDocumentInformation(info);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a certificate", e);
        }
    }

    /** Gives the parsed font back for the next certificate, or lets it go when enough are kept. */
    @Override
    public void close() {
        if (PARSED.offer(ttf)) {
            return;
        }
        try {
            ttf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
