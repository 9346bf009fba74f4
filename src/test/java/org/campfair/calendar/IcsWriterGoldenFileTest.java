package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Compares the whole document with a reviewed file, byte for byte, so that any change in
 * what subscribers receive (property order, folding, escaping, tz data) shows up in review.
 * When the change is intended, copy target/golden-feed.actual.ics over the golden file.
 */
class IcsWriterGoldenFileTest {

    private static final String GOLDEN = "/calendar/golden-feed.ics";

    @Test
    void writesTheGoldenFeed() throws IOException {
        String actual = new IcsWriter().write(TokyoCampFeed.feed());

        String expected = readGolden();
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", "golden-feed.actual.ics"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static String readGolden() throws IOException {
        try (InputStream in = IcsWriterGoldenFileTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
