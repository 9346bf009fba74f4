package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentLineFolderTest {

    @Test
    void lineOf75OctetsStaysWhole() {
        String line = "X".repeat(75);

        assertThat(ContentLineFolder.fold(line + "\r\n")).isEqualTo(line + "\r\n");
    }

    @Test
    void line76OctetsLongIsFoldedWithALeadingSpace() {
        String line = "X".repeat(76);

        assertThat(ContentLineFolder.fold(line + "\r\n"))
                .isEqualTo("X".repeat(75) + "\r\n X\r\n");
    }

    @Test
    void multiByteCharactersAreNotSplit() {
        // 10 octets of ASCII, then three-octet characters: 21 fit (73 octets), the 22nd does not.
        String line = "SUMMARY:ab" + "田".repeat(30);

        String[] lines = ContentLineFolder.fold(line + "\r\n").split("\r\n");

        assertThat(lines[0]).isEqualTo("SUMMARY:ab" + "田".repeat(21));
        assertThat(lines[1]).isEqualTo(" " + "田".repeat(9));
    }

    @Test
    void surrogatePairsAreNotSplit() {
        // 74 octets of ASCII leave room for one, not four, so the emoji moves whole.
        String line = "X".repeat(74) + "\uD83C\uDF3E";

        assertThat(ContentLineFolder.fold(line + "\r\n"))
                .isEqualTo("X".repeat(74) + "\r\n \uD83C\uDF3E\r\n");
    }

    @Test
    void everyLineIsFoldedOnItsOwn() {
        String text = "A".repeat(80) + "\r\n" + "B".repeat(3) + "\r\n";

        assertThat(ContentLineFolder.fold(text))
                .isEqualTo("A".repeat(75) + "\r\n " + "A".repeat(5) + "\r\nBBB\r\n");
    }
}
