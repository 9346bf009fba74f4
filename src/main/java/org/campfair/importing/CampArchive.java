package org.campfair.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 *
 * <p>Every upload is read as a stream with hard limits, because the browser's own size check
 * is no defence against a request posted by hand: an upload stops being read as soon as it
 * passes {@link #MAX_BYTES}, and a zip stops being unpacked as soon as its entries together
 * pass {@link #MAX_BYTES} once inflated (entries that are skipped count too, since skipping
 * a deflated entry means inflating it) or it holds more than {@link #MAX_ENTRIES} entries.
 */
public final class CampArchive {

    /** Far above any real camp (the 300-person sample camp is under 100 KB); the same cap for uploads and unpacking. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Six CSV files plus what archivers add (folders, __MACOSX, .DS_Store) stay far below this. */
    public static final int MAX_ENTRIES = 100;
    private static final String MAX_MEGABYTES = String.valueOf(MAX_BYTES / 1024 / 1024);

    private CampArchive() {
    }

    /** The files as UTF-8 with a byte order mark, the export's default. */
    public static byte[] zip(Map<String, String> files) {
        return zip(files, ExportEncoding.UTF8_BOM);
    }

    public static byte[] zip(Map<String, String> files, ExportEncoding encoding) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                var entry = new ZipEntry(file.getKey());
                entry.setTime(0); // the same camp gives the same archive
                zip.putNextEntry(entry);
                zip.write(encoding.encode(file.getKey(), file.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@link #add(Map, String, InputStream)} for a file already in memory. */
    public static void add(Map<String, String> files, String uploadName, byte[] content) {
        add(files, uploadName, new ByteArrayInputStream(content));
    }

    /**
     * Adds one uploaded file to the set: a .csv file under its own name, or every .csv file
     * inside a .zip. Reads no more than {@link #MAX_BYTES} (plus one buffer) of {@code upload}
     * and leaves {@code files} as it was when the upload is refused.
     *
     * @throws CampFileRefusedException with a message for the organizer when the upload is not usable
     */
    public static void add(Map<String, String> files, String uploadName, InputStream upload) {
        String name = baseName(uploadName);
        var limited = new Capped(upload, MAX_BYTES, "importing.problem.uploadTooBig", uploadName, MAX_MEGABYTES);
        try {
            if (name.endsWith(".zip")) {
                unzip(files, limited);
            } else if (name.endsWith(".csv")) {
                files.put(name, CsvEncoding.decode(name, limited.readAllBytes()));
            } else {
                throw new CampFileRefusedException("importing.problem.notCsvOrZip", uploadName);
            }
        } catch (IOException e) {
            throw new CampFileRefusedException(e, "importing.problem.uploadUnreadable", uploadName);
        }
    }

    /** Refuses an upload whose announced size is already too big, before a byte of it is read. */
    public static void checkAnnouncedSize(String uploadName, long bytes) {
        if (bytes > MAX_BYTES) {
            throw new CampFileRefusedException("importing.problem.uploadTooBig", uploadName, MAX_MEGABYTES);
        }
    }

    private static void unzip(Map<String, String> files, InputStream content) {
        var found = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(content, StandardCharsets.UTF_8)) {
            // One budget for all entries: reading through an entry, kept or skipped, spends it.
            var inflated = new Capped(zip, MAX_BYTES, "importing.problem.zipTooBig", MAX_MEGABYTES);
            int entries = 0;
            for (ZipEntry entry; (entry = nextEntry(zip, inflated)) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new CampFileRefusedException("importing.problem.zipTooManyEntries",
                            String.valueOf(MAX_ENTRIES));
                }
                // The local header may announce the size; a lie is caught by the budget anyway.
                if (entry.getSize() > MAX_BYTES) {
                    throw new CampFileRefusedException("importing.problem.zipTooBig", MAX_MEGABYTES);
                }
                String name = baseName(entry.getName());
                if (entry.isDirectory() || !name.endsWith(".csv") || name.startsWith(".")) {
                    continue;
                }
                found.put(name, CsvEncoding.decode(name, inflated.readEntry()));
            }
        } catch (IOException e) {
            throw new CampFileRefusedException(e, "importing.problem.zipUnreadable");
        }
        if (found.isEmpty()) {
            throw new CampFileRefusedException("importing.problem.zipEmpty");
        }
        files.putAll(found);
    }

    /**
     * The next entry, after reading the rest of the current one through the budget: left to
     * itself, {@link ZipInputStream#getNextEntry()} would inflate a skipped entry to its end,
     * however large, before any limit is checked.
     */
    private static ZipEntry nextEntry(ZipInputStream zip, Capped inflated) throws IOException {
        inflated.drain();
        return zip.getNextEntry();
    }

    private static String baseName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Counts the bytes read through it and refuses, with the given reason, the first read that
     * passes the cap; so no caller ever holds or inflates more than cap plus one buffer.
     */
    private static final class Capped extends FilterInputStream {

        private final long cap;
        private final String key;
        private final String[] args;
        private long read;

        Capped(InputStream in, long cap, String key, String... args) {
            super(in);
            this.cap = cap;
            this.key = key;
            this.args = args;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the cap, so a refusal reads no further.
            int n = in.read(buffer, offset, (int) Math.min(length, cap - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipping inflates too: read through, so it is counted.
            byte[] buffer = new byte[8192];
            long skipped = 0;
            for (int r; skipped < n && (r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped))) > 0; ) {
                skipped += r;
            }
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > cap) {
                throw new CampFileRefusedException(key, args);
            }
        }

        /** The rest of the current zip entry, counted. */
        byte[] readEntry() throws IOException {
            return readAllBytes();
        }

        /** Reads the rest of the current zip entry, counted, and drops it. */
        void drain() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted in read
            }
        }

        @Override
        public void close() {
            // The zip or the request owns the stream underneath.
        }
    }
}
