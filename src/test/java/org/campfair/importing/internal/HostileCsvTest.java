package org.campfair.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campfair.importing.RandomInputs.bytes;
import static org.campfair.importing.RandomInputs.list;
import static org.campfair.importing.RandomInputs.pick;
import static org.campfair.importing.RandomInputs.string;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.campfair.importing.RandomInputs.Chars;
import org.campfair.importing.SeededCases;
import org.campfair.shared.csv.FormulaGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Property-based tests of what spreadsheets and people upload: random and malformed CSV, huge
 * fields, quotes and line breaks, formula cells, and bytes in the wrong encoding. Each property
 * runs over seeded cases ({@link SeededCases}: a failing case's name gives the seed that replays
 * it). Counts the inputs tried and prints them after the class.
 */
@Tag("properties")
class HostileCsvTest {

    private static final Map<String, AtomicInteger> TRIED = new ConcurrentHashMap<>();

    private static void tried(String property) {
        TRIED.computeIfAbsent(property, name -> new AtomicInteger()).incrementAndGet();
    }

    @AfterAll
    static void report() {
        var counts = new TreeMap<String, Integer>();
        TRIED.forEach((name, count) -> counts.put(name, count.get()));
        System.out.println("HOSTILE-CSV inputs_tried=" + counts.values().stream().mapToInt(Integer::intValue).sum()
                + " " + counts);
    }

    @TestFactory
    Stream<DynamicTest> anyTextParsesOrIsRefusedWithAReason() {
        return SeededCases.of("parse_any_text", 1000, HostileCsvTest::csvLikeText, text -> {
            tried("parse_any_text");
            try {
                var records = CsvParser.parse(text);
                assertThat(records).allSatisfy(fields -> assertThat(fields).isNotEmpty());
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).contains("quoted field");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> writtenRowsParseBackCellForCell() {
        return SeededCases.of("write_then_parse", 1000, HostileCsvTest::rows, rows -> {
            tried("write_then_parse");
            var writer = new CsvWriter(List.of("a", "b", "c"));
            rows.forEach(writer::row);
            var parsed = CsvParser.parse(writer.toString());
            // Every row comes back, even one empty cell alone, which is written as "" and not as a blank line.
            var expected = new ArrayList<List<String>>();
            expected.add(List.of("a", "b", "c"));
            expected.addAll(rows);
            assertThat(parsed.stream().map(row -> row.stream().map(FormulaGuard::unguard).toList()).toList())
                    .isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> formulaCellsAreDefusedOnExportAndRestoredOnImport() {
        return SeededCases.of("formula_guard", 1000, HostileCsvTest::cell, cell -> {
            tried("formula_guard");
            String exported = FormulaGuard.guard(cell);
            assertThat(FormulaGuard.unguard(exported)).isEqualTo(cell);
            if (!exported.matches("-?\\d+(\\.\\d+)?")) {
                assertThat(exported).doesNotMatch("(?s)[=+\\-@\\t\\r].*");
            }
        });
    }

    /** A text and whether its upload starts with a byte order mark. */
    record Utf8Upload(String text, boolean bom) {
    }

    @TestFactory
    Stream<DynamicTest> utf8WithOrWithoutByteOrderMarkDecodesToTheSameText() {
        return SeededCases.of("utf8_decode", 1000,
                random -> new Utf8Upload(unicodeText(random), random.nextBoolean()), upload -> {
                    tried("utf8_decode");
                    byte[] utf8 = upload.text().getBytes(StandardCharsets.UTF_8);
                    byte[] bytes = upload.bom() ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8) : utf8;
                    assertThat(CsvEncoding.decode("participants.csv", bytes)).isEqualTo(upload.text());
                });
    }

    /**
     * Shift_JIS from Japanese spreadsheets decodes to the same text. A very short Shift_JIS
     * text can also be valid UTF-8 by chance; such bytes are read as UTF-8 (UTF-8 wins), so
     * the property draws only texts whose Shift_JIS bytes are not valid UTF-8.
     */
    @TestFactory
    Stream<DynamicTest> shiftJisFromJapaneseSpreadsheetsDecodesToTheSameText() {
        return SeededCases.of("shift_jis_decode", 1000, HostileCsvTest::japaneseCsvNotUtf8InShiftJis, text -> {
            tried("shift_jis_decode");
            byte[] bytes = text.getBytes(CsvEncoding.SHIFT_JIS);
            assertThat(CsvEncoding.decode("participants.csv", bytes)).isEqualTo(text);
        });
    }

    @TestFactory
    Stream<DynamicTest> randomBytesAreReadOrRefusedNamingTheFile() {
        return SeededCases.of("random_bytes", 1000, random -> bytes(random, 400), bytes -> {
            tried("random_bytes");
            try {
                assertThat(CsvEncoding.decode("houses.csv", bytes)).isNotNull();
            } catch (IllegalArgumentException refused) {
                // Bytes that start with a UTF-16 byte order mark are refused for breaking it instead.
                assertThat(refused.getMessage()).startsWith("houses.csv ").contains("UTF-8")
                        .containsAnyOf("Shift_JIS", "(byte order mark)");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aByteOrderMarkThatLiesIsRefused() {
        return SeededCases.of("lying_bom", 200, HostileCsvTest::japaneseCsvNotUtf8InShiftJis, text -> {
            tried("lying_bom");
            byte[] shiftJis = text.getBytes(CsvEncoding.SHIFT_JIS);
            assertThatThrownBy(() -> CsvEncoding.decode("tasks.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                    (byte) 0xBF}, shiftJis))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("tasks.csv");
        });
    }

    private static String csvLikeText(RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> string(random, 0, 200, ",\"\r\n ab=+-@'\t\uFEFF");
            case 1 -> string(random, 0, 100, Chars.any());
            default -> string(random, 10_000, 100_000, ",\"x");
        };
    }

    private static String cell(RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> string(random, 0, 30, "=+-@'\t\r\n\",;()!|ab01. くま");
            case 1 -> pick(random, "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "'=already quoted", "''=two",
                    "-12.5", "=HYPERLINK(\"http://x\")", "\t=1", "\r=1");
            default -> string(random, 0, 20, Chars.any());
        };
    }

    /** Up to ten rows of one to five cells; one cell in twenty is huge. */
    private static List<List<String>> rows(RandomGenerator random) {
        return list(random, 0, 10, () -> list(random, 1, 5, () -> random.nextInt(20) == 0
                ? string(random, 5_000, 50_000, "ab,\"\n\r=")
                : cell(random)));
    }

    private static String unicodeText(RandomGenerator random) {
        // Whole characters only: lone surrogates cannot be written as UTF-8 at all.
        return string(random, 0, 300, Chars.range(' ', '~'), Chars.range('\u00A0', '\u024F'),
                Chars.range('\u3040', '\u30FF'), Chars.range('\u4E00', '\u9FFF'), Chars.range('\uAC00', '\uD7A3'),
                Chars.anyOf(",\"\r\n\uFF10\u2460"));
    }

    private static String japaneseCsv(RandomGenerator random) {
        var rows = list(random, 1, 20, () -> {
            String name = string(random, 1, 8, Chars.range('\u3041', '\u3093'), Chars.range('\u30A1', '\u30F3'),
                    Chars.anyOf("山田花子雪凪楓麦鉄葵海凛①②㈱ー"));
            return name + ",熊谷 大輔,ja,2027-11-01,\"" + name + "、よろしく\"";
        });
        return "nickname,legal_name,language,arrives_on,note\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    /** A Japanese CSV whose Shift_JIS bytes cannot pass for UTF-8 (nearly every one). */
    private static String japaneseCsvNotUtf8InShiftJis(RandomGenerator random) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String text = japaneseCsv(random);
            if (!validUtf8(text.getBytes(CsvEncoding.SHIFT_JIS))) {
                return text;
            }
        }
        throw new IllegalStateException("100 Japanese CSVs in a row were valid UTF-8 in Shift_JIS");
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
