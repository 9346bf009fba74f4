package org.campfair.importing.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.campfair.importing.CampFiles;

/** The six CSV files of a generated camp, by file name, in the sample-data format. */
public record GeneratedCamp(CampSize size, long seed, Map<String, String> files) {

    public GeneratedCamp {
        files = Map.copyOf(files);
    }

    /** Writes the files into the folder (created if needed), replacing files of the same name. */
    public Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (var file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the generated camp to " + folder, e);
        }
    }

    public CampFiles asCampFiles() {
        return CampFiles.of(files);
    }
}
