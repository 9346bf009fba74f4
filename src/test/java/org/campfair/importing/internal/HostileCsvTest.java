package org.campfair.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based tests (jqwik) of what spreadsheets and people upload: random and malformed
 * CSV, huge fields, quotes and line breaks, formula cells, and bytes in the wrong encoding.
 * Counts the inputs tried and prints them after the class.
 */
@Tag("properties")
class HostileCsvTest {

    private static final Map<String, AtomicInteger> TRIED = new ConcurrentHashMap<>();

    private static void tried(String property) {
        TRIED.computeIfAbsent(property, name -> new AtomicInteger()).incrementAndGet();
    }

    @AfterContainer
    static void report() {
        var counts = new TreeMap<String, Integer>();
        TRIED.forEach((name, count) -> counts.put(name, count.get()));
        System.out.println("HOSTILE-CSV inputs_tried=" + counts.values().stream().mapToInt(Integer::intValue).sum()
                + " " + counts);
    }

    @Property(tries = 1000)
    void anyTextParsesOrIsRefusedWithAReason(@ForAll("csvLikeText") String text) {
        tried("parse_any_text");
        try {
            var records = CsvParser.parse(text);
            assertThat(records).allSatisfy(fields -> assertThat(fields).isNotEmpty());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains("quoted field");
        }
    }

    @Property(tries = 1000)
    void writtenRowsParseBackCellForCell(@ForAll("rows") List<List<String>> rows) {
        tried("write_then_parse");
        var writer = new CsvWriter(List.of("a", "b", "c"));
        rows.forEach(writer::row);
        var parsed = CsvParser.parse(writer.toString());
        var expected = new java.util.ArrayList<List<String>>();
        expected.add(List.of("a", "b", "c"));
        rows.stream().filter(row -> !(row.size() == 1 && row.get(0).isEmpty())).forEach(expected::add);
        assertThat(parsed.stream().map(row -> row.stream().map(FormulaGuard::unguard).toList()).toList())
                .isEqualTo(expected);
    }

    @Property(tries = 1000)
    void formulaCellsAreDefusedOnExportAndRestoredOnImport(@ForAll("cells") String cell) {
        tried("formula_guard");
        String exported = FormulaGuard.guard(cell);
        assertThat(FormulaGuard.unguard(exported)).isEqualTo(cell);
        if (!exported.matches("-?\\d+(\\.\\d+)?")) {
            assertThat(exported).doesNotMatch("(?s)[=+\\-@\\t\\r].*");
        }
    }

    @Property(tries = 1000)
    void utf8WithOrWithoutByteOrderMarkDecodesToTheSameText(@ForAll("unicodeText") String text, @ForAll boolean bom) {
        tried("utf8_decode");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8) : utf8;
        assertThat(CsvEncoding.decode("participants.csv", bytes)).isEqualTo(text);
    }

    /**
     * Shift_JIS from Japanese spreadsheets decodes to the same text. A very short Shift_JIS
     * text can also be valid UTF-8 by chance; such bytes are read as UTF-8 (UTF-8 wins), so
     * the property assumes the bytes are not valid UTF-8.
     */
    @Property(tries = 1000)
    void shiftJisFromJapaneseSpreadsheetsDecodesToTheSameText(@ForAll("japaneseCsv") String text) {
        tried("shift_jis_decode");
        byte[] bytes = text.getBytes(CsvEncoding.SHIFT_JIS);
        Assume.that(!validUtf8(bytes));
        assertThat(CsvEncoding.decode("participants.csv", bytes)).isEqualTo(text);
    }

    @Property(tries = 1000)
    void randomBytesAreReadOrRefusedNamingTheFile(@ForAll("bytes") byte[] bytes) {
        tried("random_bytes");
        try {
            assertThat(CsvEncoding.decode("houses.csv", bytes)).isNotNull();
        } catch (IllegalArgumentException refused) {
            // Bytes that start with a UTF-16 byte order mark are refused for breaking it instead.
            assertThat(refused.getMessage()).startsWith("houses.csv ").contains("UTF-8")
                    .containsAnyOf("Shift_JIS", "(byte order mark)");
        }
    }

    @Property(tries = 200)
    void aByteOrderMarkThatLiesIsRefused(@ForAll("japaneseCsv") String text) {
        tried("lying_bom");
        byte[] shiftJis = text.getBytes(CsvEncoding.SHIFT_JIS);
        Assume.that(!validUtf8(shiftJis));
        assertThatThrownBy(() -> CsvEncoding.decode("tasks.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF}, shiftJis))).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("tasks.csv");
    }

    @Provide
    Arbitrary<String> csvLikeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(",\"\r\n ab=+-@'\t\uFEFF").ofMaxLength(200),
                Arbitraries.strings().all().ofMaxLength(100),
                Arbitraries.strings().withChars(",\"x").ofMinLength(10_000).ofMaxLength(100_000));
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("=+-@'\t\r\n\",;()!|ab01. くま").ofMaxLength(30),
                Arbitraries.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "'=already quoted", "''=two",
                        "-12.5", "=HYPERLINK(\"http://x\")", "\t=1", "\r=1"),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> cell = Arbitraries.frequencyOf(Tuple.of(19, cells()),
                Tuple.of(1, Arbitraries.strings().withChars("ab,\"\n\r=").ofMinLength(5_000).ofMaxLength(50_000)));
        return cell.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<String> unicodeText() {
        // Whole characters only: lone surrogates cannot be written as UTF-8 at all.
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00A0', '\u024F')
                .withCharRange('\u3040', '\u30FF').withCharRange('\u4E00', '\u9FFF').withCharRange('\uAC00', '\uD7A3')
                .withChars(",\"\r\n\uFF10\u2460").ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> japaneseCsv() {
        Arbitrary<String> nickname = Arbitraries.strings().withCharRange('\u3041', '\u3093')
                .withCharRange('\u30A1', '\u30F3').withChars("山田花子雪凪楓麦鉄葵海凛①②㈱ー").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> row = nickname.map(name -> name + ",熊谷 大輔,ja,2027-11-01,\"" + name + "、よろしく\"");
        return row.list().ofMinSize(1).ofMaxSize(20)
                .map(rows -> "nickname,legal_name,language,arrives_on,note\r\n" + String.join("\r\n", rows) + "\r\n");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
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
