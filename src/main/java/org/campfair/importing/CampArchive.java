package org.campfair.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.campfair.importing.internal.CsvEncoding;

/**
 * The camp's CSV files packed in one zip, as the export downloads them and as an organizer
 * may upload them again. Folders inside the zip are ignored: only file names count. Uploaded
 * files may be UTF-8 (with or without a byte order mark) or Shift_JIS ({@link CsvEncoding}).
 */
public final class CampArchive {

    /** Far above any real camp; stops a zip bomb from filling the server's memory. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private CampArchive() {
    }

    public static byte[] zip(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                var entry = new ZipEntry(file.getKey());
                entry.setTime(0); // the same camp gives the same archive
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Adds one uploaded file to the set: a .csv file under its own name, or every .csv file
     * inside a .zip.
     *
     * @throws IllegalArgumentException with a message for the organizer when the upload is not usable
     */
    public static void add(Map<String, String> files, String uploadName, byte[] content) {
        String name = baseName(uploadName);
        if (name.endsWith(".zip")) {
            unzip(files, content);
        } else if (name.endsWith(".csv")) {
            files.put(name, CsvEncoding.decode(name, content));
        } else {
            throw new CampFileRefusedException("importing.problem.notCsvOrZip", uploadName);
        }
    }

    private static void unzip(Map<String, String> files, byte[] content) {
        var found = new LinkedHashMap<String, String>();
        long total = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = baseName(entry.getName());
                if (entry.isDirectory() || !name.endsWith(".csv") || name.startsWith(".")) {
                    continue;
                }
                byte[] data = zip.readNBytes(MAX_BYTES + 1);
                total += data.length;
                if (total > MAX_BYTES) {
                    throw new CampFileRefusedException("importing.problem.zipTooBig",
                            String.valueOf(MAX_BYTES / 1024 / 1024));
                }
                found.put(name, CsvEncoding.decode(name, data));
            }
        } catch (IOException e) {
            throw new CampFileRefusedException(e, "importing.problem.zipUnreadable");
        }
        if (found.isEmpty()) {
            throw new CampFileRefusedException("importing.problem.zipEmpty");
        }
        files.putAll(found);
    }

    private static String baseName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.toLowerCase(Locale.ROOT);
    }
}
