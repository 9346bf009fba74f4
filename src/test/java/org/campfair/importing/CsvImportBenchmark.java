package org.campfair.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.campfair.CampfairApplication;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.importing.internal.CampCsvReader;
import org.campfair.importing.internal.CsvEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long an import takes on a generated camp: reading and checking the CSV files alone (bytes
 * decoded, parsed, every cell and reference checked; no database), and the whole import into
 * PostgreSQL. Run with {@code ./mvnw -Pbench verify -Dtest=CsvImportBenchmark -Dbench.import=true
 * [-Dbench.sizes=L] [-Dbench.seed=1]}, or as a main on the test class path ({@code java -cp
 * target/test-classes:target/classes:<dependencies> org.campfair.importing.CsvImportBenchmark L 1 [db]}),
 * which lets two builds be compared in turns on a busy machine. Prints an IMPORT-CSV line (and an
 * IMPORT-DB line with the database) and asserts nothing.
 */
@EnabledIfSystemProperty(named = "bench.import", matches = "true")
class CsvImportBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;
    private static final int DATABASE_IMPORTS = 3;

    @Test
    void readAndImportAGeneratedCamp() {
        var size = CampSize.valueOf(System.getProperty("bench.sizes", "L").split(",")[0].toUpperCase(Locale.ROOT));
        long seed = Long.getLong("bench.seed", 1);
        System.out.println(readOnly(size, seed));
        System.out.println(intoDatabase(size, seed));
    }

    public static void main(String[] args) {
        var size = CampSize.valueOf(args.length > 0 ? args[0].toUpperCase(Locale.ROOT) : "L");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        System.out.println(readOnly(size, seed));
        if (args.length > 2 && args[2].equals("db")) {
            System.out.println(intoDatabase(size, seed));
        }
    }

    /** The whole import, on the app with a fresh embedded PostgreSQL: once to warm up, then timed. */
    static String intoDatabase(CampSize size, long seed) {
        try (var app = new SpringApplicationBuilder(CampfairApplication.class).properties(
                "server.port=0",
                "campfair.embedded-db.data-dir=",
                "campfair.data-dir=target/bench-data",
                "campfair.sample-camp.load=false",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN").run()) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "organizer", null, AuthorityUtils.createAuthorityList("ROLE_ORGANIZER")));
            var importer = app.getBean(CampImportService.class);
            var files = CampGenerator.generate(size, seed).asCampFiles();
            importer.importCamp(files);
            long[] millis = new long[DATABASE_IMPORTS];
            for (int i = 0; i < millis.length; i++) {
                long began = System.nanoTime();
                importer.importCamp(files);
                millis[i] = Duration.ofNanos(System.nanoTime() - began).toMillis();
            }
            Arrays.sort(millis);
            return String.format(Locale.ROOT, "IMPORT-DB size=%s seed=%d imports=%d import_ms_median=%d"
                    + " import_ms_min=%d", size, seed, millis.length, millis[millis.length / 2], millis[0]);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The files as Excel's "CSV UTF-8" saves them (with a byte order mark), read again and again. */
    static String readOnly(CampSize size, long seed) {
        Map<String, byte[]> bytes = new HashMap<>();
        long total = 0;
        for (var file : CampGenerator.generate(size, seed).files().entrySet()) {
            byte[] text = ("\uFEFF" + file.getValue()).getBytes(StandardCharsets.UTF_8);
            bytes.put(file.getKey(), text);
            total += text.length;
        }
        CampFiles files = name -> Optional.ofNullable(bytes.get(name)).map(b -> CsvEncoding.decode(name, b));
        for (int i = 0; i < WARM_UP; i++) {
            CampCsvReader.read(files);
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long began = System.nanoTime();
            CampCsvReader.read(files);
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "IMPORT-CSV size=%s seed=%d bytes=%d reads=%d read_ms_median=%.2f"
                + " read_ms_min=%.2f", size, seed, total, MEASURED, millis[MEASURED / 2], millis[0]);
    }
}
