package org.campfair.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.campfair.importing.internal.CsvEncoding;
import org.springframework.core.io.ClassPathResource;

/** The CSV files of one camp in the sample-data format, by file name (e.g. "tasks.csv"). */
@FunctionalInterface
public interface CampFiles {

    Optional<String> read(String fileName);

    static CampFiles directory(Path folder) {
        return name -> {
            Path file = folder.resolve(name);
            try {
                return Files.exists(file) ? Optional.of(CsvEncoding.decode(name, Files.readAllBytes(file))) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        };
    }

    static CampFiles classpath(String folder) {
        return name -> {
            var resource = new ClassPathResource(folder + "/" + name);
            try (var in = resource.exists() ? resource.getInputStream() : null) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + resource, e);
            }
        };
    }

    static CampFiles of(Map<String, String> files) {
        return name -> Optional.ofNullable(files.get(name));
    }
}
