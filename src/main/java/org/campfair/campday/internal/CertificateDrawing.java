package org.campfair.campday.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.campfair.campday.ConfirmedSeat;
import org.campfair.campday.internal.CertificatePdf.Certificate;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.i18n.Translations;

/**
 * One certificate's pages as they are drawn, top to bottom: title, name, statement, the camp,
 * the tasks done with their hours (continued on a new page when long), the total and the
 * issue date. Every text goes through {@link #drawable} first, so a character the font lacks
 * (an emoji in a nickname) is a white square rather than a failed certificate.
 */
final class CertificateDrawing {

    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** Task, village, shifts, hours: the columns of the list of tasks, in points. */
    private static final float[] COLUMNS = {220, 120, 50, 77};
    private static final String MISSING_GLYPH = "\u25A1";

    private final Certificate certificate;
    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    CertificateDrawing(Certificate certificate, PDDocument document, PDType0Font font) {
        this.certificate = certificate;
        this.document = document;
        this.font = font;
    }

    void draw() throws IOException {
        newPage();
        var camp = certificate.camp();
        centered(text("campday.certificate.title"), 26);
        y -= 30;
        centered(certificate.name(), 22);
        y -= 12;
        for (String line : wrap(text("campday.certificate.statement"), 12, WIDTH)) {
            centered(line, 12);
        }
        y -= 18;
        field("campday.certificate.camp", camp.name());
        field("campday.certificate.dates", text("campday.certificate.datesValue", day(camp.startsOn()),
                day(camp.endsOn())));
        field("campday.certificate.villages", String.join(", ", camp.villages()));
        var worked = certificate.seats().stream().filter(s -> s.confirmedMinutes() > 0).toList();
        field("campday.certificate.daysWorked",
                Long.toString(worked.stream().map(ConfirmedSeat::day).distinct().count()));
        y -= 14;
        if (worked.isEmpty()) {
            left(text("campday.certificate.noHours"), 12, MARGIN);
        } else {
            tasks(worked);
        }
        y -= 10;
        int total = worked.stream().mapToInt(ConfirmedSeat::confirmedMinutes).sum();
        left(text("campday.certificate.total", hours(total)), 15, MARGIN);
        y -= 6;
        for (String line : wrap(text("campday.certificate.countsOnly"), 9, WIDTH)) {
            left(line, 9, MARGIN);
        }
        y = Math.min(y - 24, MARGIN + 40);
        for (String line : wrap(text("campday.certificate.issued", day(certificate.issuedOn()), camp.name()), 10,
                WIDTH)) {
            left(line, 10, MARGIN);
        }
        page.close();
    }

    /** The tasks done, one line each with the shifts and the confirmed hours, in the order first worked. */
    private void tasks(List<ConfirmedSeat> worked) throws IOException {
        record Done(String task, String village, int shifts, int minutes) {
        }
        var byTask = new LinkedHashMap<String, Done>();
        for (var seat : worked) {
            byTask.merge(seat.task() + "\u0000" + seat.village(), new Done(seat.task(), seat.village(), 1,
                    seat.confirmedMinutes()), (a, b) -> new Done(a.task(), a.village(), a.shifts() + b.shifts(),
                    a.minutes() + b.minutes()));
        }
        header();
        for (var done : byTask.values()) {
            var taskLines = wrap(done.task(), 11, COLUMNS[0] - 6);
            var villageLines = wrap(done.village(), 11, COLUMNS[1] - 6);
            int lines = Math.max(taskLines.size(), villageLines.size());
            if (y - lines * 15 < MARGIN + 90) {
                page.close();
                newPage();
                header();
            }
            float top = y;
            column(taskLines, 0, top);
            column(villageLines, 1, top);
            right(Integer.toString(done.shifts()), 11, MARGIN + COLUMNS[0] + COLUMNS[1] + COLUMNS[2], top);
            right(hours(done.minutes()), 11, MARGIN + WIDTH, top);
            y = top - lines * 15 - 4;
        }
        rule(0.5f);
    }

    private void header() throws IOException {
        float top = y;
        left(text("campday.certificate.task"), 10, MARGIN);
        y = top;
        left(text("campday.certificate.village"), 10, MARGIN + COLUMNS[0]);
        right(text("campday.certificate.shifts"), 10, MARGIN + COLUMNS[0] + COLUMNS[1] + COLUMNS[2], top);
        right(text("campday.certificate.hours"), 10, MARGIN + WIDTH, top);
        y -= 3;
        rule(0.8f);
        y -= 12;
    }

    private void column(List<String> lines, int column, float top) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < column; i++) {
            x += COLUMNS[i];
        }
        y = top;
        for (String line : lines) {
            show(line, 11, x, y);
            y -= 15;
        }
    }

    private void field(String labelKey, String value) throws IOException {
        float labelWidth = 130;
        float top = y;
        show(text(labelKey), 11, MARGIN, top);
        for (String line : wrap(value, 12, WIDTH - labelWidth)) {
            show(line, 12, MARGIN + labelWidth, y);
            y -= 17;
        }
        y = Math.min(y, top - 17) - 2;
    }

    private void newPage() throws IOException {
        var pdPage = new PDPage(PDRectangle.A4);
        document.addPage(pdPage);
        page = new PDPageContentStream(document, pdPage);
        // A plain double frame: a certificate, not a form.
        var box = PDRectangle.A4;
        page.setStrokingColor(0.55f, 0.45f, 0.2f);
        page.setLineWidth(2f);
        page.addRect(28, 28, box.getWidth() - 56, box.getHeight() - 56);
        page.stroke();
        page.setLineWidth(0.6f);
        page.addRect(34, 34, box.getWidth() - 68, box.getHeight() - 68);
        page.stroke();
        page.setStrokingColor(0.3f, 0.3f, 0.3f);
        y = box.getHeight() - MARGIN - 30;
    }

    private void rule(float width) throws IOException {
        page.setLineWidth(width);
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + WIDTH, y);
        page.stroke();
    }

    private void centered(String line, float size) throws IOException {
        String shown = drawable(line);
        show(shown, size, MARGIN + (WIDTH - width(shown, size)) / 2, y);
        y -= size * 1.5f;
    }

    private void left(String line, float size, float x) throws IOException {
        show(line, size, x, y);
        y -= size * 1.5f;
    }

    private void right(String line, float size, float rightEdge, float baseline) throws IOException {
        String shown = drawable(line);
        show(shown, size, rightEdge - width(shown, size), baseline);
    }

    private void show(String line, float size, float x, float baseline) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(drawable(line));
        page.endText();
    }

    /**
     * The lines of a text no wider than {@code width}: broken at the last space where there is
     * one (Latin and Korean words), else between any two characters (Japanese has no spaces).
     */
    private List<String> wrap(String text, float size, float width) throws IOException {
        String rest = drawable(text);
        var lines = new ArrayList<String>();
        while (!rest.isEmpty()) {
            int end = 0;
            int lastSpace = -1;
            while (end < rest.length()) {
                int next = end + Character.charCount(rest.codePointAt(end));
                if (width(rest.substring(0, next), size) > width && end > 0) {
                    break;
                }
                if (rest.charAt(end) == ' ') {
                    lastSpace = end;
                }
                end = next;
            }
            if (end < rest.length() && lastSpace > 0) {
                end = lastSpace;
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).stripLeading();
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with control characters as spaces and characters the font lacks as a square. */
    private String drawable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (hasGlyph(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(MISSING_GLYPH);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    String text(String key, Object... arguments) {
        return Translations.text(certificate.language(), key, arguments);
    }

    private String day(LocalDate date) {
        return DateFormats.of(certificate.language()).dayWithYear(date);
    }

    private String hours(int minutes) {
        return minutes % 60 == 0 ? text("campday.certificate.hoursWhole", minutes / 60)
                : text("campday.certificate.hoursAndMinutes", minutes / 60, minutes % 60);
    }
}
