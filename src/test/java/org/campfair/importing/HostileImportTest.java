package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.importing.RandomInputs.list;
import static org.campfair.importing.RandomInputs.pick;
import static org.campfair.importing.RandomInputs.string;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.RandomInputs.Chars;
import org.campfair.importing.internal.CsvEncoding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile uploads against the real importer and PostgreSQL: the sample camp with random
 * cells replaced by malformed, huge, quoted, multi-line or formula values, rows cut short,
 * columns dropped, and files re-encoded or corrupted. Each camp is one seeded case (see
 * {@link SeededCases}; its name gives the seed that replays its damage) and must either import
 * whole or be refused with problems, and a refused camp must leave every table exactly as it was.
 */
@CampfairIntegrationTest
class HostileImportTest {

    private static final int CAMPS = 60;
    private static final List<String> FILES =
            List.of("camp.csv", "sites.csv", "houses.csv", "tasks.csv", "shifts.csv", "participants.csv");
    private static final List<String> TABLES = List.of("camp", "site", "house", "room", "bed", "task", "shift",
            "participant", "app_user");
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;

    /** One change to one file of the camp. */
    record Damage(String file, int row, int column, String kind, String value) {
    }

    @TestFactory
    Stream<DynamicTest> everyHostileCampImportsWholeOrLeavesNothingBehind() {
        var sample = CampFiles.classpath("sample-data");
        Map<String, String> original = new HashMap<>();
        FILES.forEach(name -> original.put(name, sample.read(name).orElseThrow()));
        return SeededCases.of("hostile_camp", CAMPS, random -> list(random, 1, 4, () -> damage(random)),
                damages -> OUTCOMES.merge(importDamaged(original, damages), 1, Integer::sum));
    }

    @AfterAll
    static void report() {
        System.out.println("HOSTILE-IMPORT camps_tried=" + OUTCOMES.values().stream().mapToInt(Integer::intValue).sum()
                + " " + new TreeMap<>(OUTCOMES));
    }

    /** Imports the sample camp with the damages applied and says how the importer took it. */
    private String importDamaged(Map<String, String> original, List<Damage> damages) {
        var counts = counts();
        try {
            Map<String, String> files = new HashMap<>(original);
            for (var damage : damages) {
                apply(files, damage);
            }
            importer.importCamp(CampFiles.of(files));
            assertThat(counts().get("camp")).isEqualTo(counts.get("camp") + 1);
            return "imported";
        } catch (CampImportException refused) {
            assertThat(refused.problems()).isNotEmpty();
            assertThat(counts()).as("nothing saved of a refused camp: " + damages).isEqualTo(counts);
            return "refused_with_problems";
        } catch (IllegalArgumentException unreadable) {
            assertThat(unreadable.getMessage()).matches("(?s).*\\w+\\.csv.*");
            assertThat(counts()).as("nothing saved of an unreadable camp: " + damages).isEqualTo(counts);
            return "refused_unreadable";
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        TABLES.forEach(table -> counts.put(table,
                jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        return counts;
    }

    private static Damage damage(RandomGenerator random) {
        String kind = pick(random, "cell", "cell", "cell", "cell", "cut_row", "drop_column", "extra_column",
                "shift_jis", "corrupt_bytes", "truncate");
        return new Damage(pick(random, FILES), random.nextInt(0, 61), random.nextInt(0, 21), kind, value(random));
    }

    private static String value(RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(random, "", " ", "\"", "\"\"", "a,b", "line\nbreak", "line\r\nbreak", "=cmd|' /C calc'!A0",
                    "+SUM(1)", "-1", "@x", "'=quoted", "2027-02-30", "24:00", "-5", "999999999999", "true;false",
                    "NaN", "\u0000", "くま", "\uFEFFx", "null", "%s%n", "<script>", "Robert'); drop table camp;--");
            case 1 -> string(random, 0, 40, Chars.any());
            default -> string(random, 50_000, 200_000, "x,\"\n");
        };
    }

    /**
     * The value an extra column gets in every row, cut to 1,000 characters: a huge value on every
     * row of a file that an earlier damage split into 100,000 lines once made a text of more
     * than 2^31 characters, which no Java string holds (the "cell" damage still tries the huge
     * values, once per file).
     */
    private static String extraCell(String value) {
        String cell = value.replace("\n", " ");
        return cell.length() > 1_000 ? cell.substring(0, 1_000) : cell;
    }

    /** Applies the damage to the file's text (or bytes, for the encoding kinds). */
    private static void apply(Map<String, String> files, Damage damage) {
        String text = files.get(damage.file());
        var lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int row = Math.min(damage.row(), lines.size() - 1);
        switch (damage.kind()) {
            case "cell" -> {
                var cells = new ArrayList<>(List.of(lines.get(row).split(",", -1)));
                int column = Math.min(damage.column(), cells.size() - 1);
                cells.set(column, damage.value());
                lines.set(row, String.join(",", cells));
                files.put(damage.file(), String.join("\n", lines));
            }
            case "cut_row" -> {
                String line = lines.get(row);
                lines.set(row, line.substring(0, line.length() / 2));
                files.put(damage.file(), String.join("\n", lines));
            }
            case "drop_column", "extra_column" -> {
                for (int i = 0; i < lines.size(); i++) {
                    var cells = new ArrayList<>(List.of(lines.get(i).split(",", -1)));
                    if (damage.kind().equals("drop_column") && cells.size() > 1) {
                        cells.remove(Math.min(damage.column(), cells.size() - 1));
                    } else if (damage.kind().equals("extra_column")) {
                        cells.add(i == 0 ? "extra" : extraCell(damage.value()));
                    }
                    lines.set(i, String.join(",", cells));
                }
                files.put(damage.file(), String.join("\n", lines));
            }
            case "shift_jis" -> {
                // Round trip through the upload path as a Japanese spreadsheet would save it.
                var reencoded = new HashMap<String, String>();
                CampArchive.add(reencoded, damage.file(), text.getBytes(CsvEncoding.SHIFT_JIS));
                files.putAll(reencoded);
            }
            case "corrupt_bytes" -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                if (bytes.length == 0) {
                    return; // an earlier damage truncated the file to nothing: no byte left to corrupt
                }
                int at = Math.min(bytes.length - 1, damage.row() * 37);
                bytes[at] = (byte) 0xFF;
                bytes[Math.max(0, at - 1)] = (byte) 0x80;
                CampArchive.add(files, damage.file(), bytes);
            }
            case "truncate" -> files.put(damage.file(), text.substring(0, text.length() * damage.column() / 21));
            default -> throw new IllegalStateException(damage.kind());
        }
    }
}
