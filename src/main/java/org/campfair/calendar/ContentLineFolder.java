package org.campfair.calendar;

/**
 * Folds iCalendar content lines so that no line is longer than 75 octets of UTF-8.
 *
 * <p>iCal4j's own folding counts UTF-16 characters, so a line of Japanese text (three octets
 * a character) comes out far longer than RFC 5545 section 3.1 allows. Folding here counts
 * octets and only breaks between code points, so no character is ever split across lines.
 */
final class ContentLineFolder {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private ContentLineFolder() {
    }

    /** Folds every line of an unfolded iCalendar text whose lines end with CRLF. */
    static String fold(String unfolded) {
        var folded = new StringBuilder(unfolded.length() + unfolded.length() / 16);
        for (String line : unfolded.split(CRLF)) {
            foldLine(line, folded);
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Size(codePoint);
            if (octets + size > MAX_OCTETS) {
                // The leading space marks a continuation and counts towards the next line.
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Size(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
