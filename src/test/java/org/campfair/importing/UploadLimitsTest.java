package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * The import's limits hold on the server, whatever the browser was told: an upload is never
 * read past {@link CampArchive#MAX_BYTES}, and a zip is never inflated past it, whether the
 * oversized entry is a CSV file or one that would be skipped. Measured in bytes taken from
 * the upload, not in time.
 */
class UploadLimitsTest {

    private static final long GIGABYTE = 1024L * 1024 * 1024;

    @Test
    void aTooBigCsvIsRefusedWithoutReadingItAll() {
        var upload = new Counting(new Endless((byte) 'a', 200L * 1024 * 1024));

        var refusal = catchThrowableOfType(CampFileRefusedException.class,
                () -> CampArchive.add(new HashMap<>(), "participants.csv", upload));

        assertThat(refusal.key()).isEqualTo("importing.problem.uploadTooBig");
        assertThat(refusal.args()).containsExactly("participants.csv", "20");
        assertThat(upload.taken).as("bytes read of a 200 MB upload").isLessThanOrEqualTo(CampArchive.MAX_BYTES + 1L);
    }

    @Test
    void anAnnouncedSizeAboveTheLimitIsRefusedBeforeReading() {
        var refusal = catchThrowableOfType(CampFileRefusedException.class,
                () -> CampArchive.checkAnnouncedSize("camp.zip", 200L * 1024 * 1024));
        assertThat(refusal.key()).isEqualTo("importing.problem.uploadTooBig");
        CampArchive.checkAnnouncedSize("camp.zip", CampArchive.MAX_BYTES);
        CampArchive.checkAnnouncedSize("camp.zip", -1); // unknown: the streaming cap decides
    }

    @Test
    void aZipBombInAnEntryThatIsNotCsvIsStoppedAtTheLimit() {
        byte[] bomb = zipOfZeros("notes.txt", GIGABYTE, false);
        var upload = new Counting(new java.io.ByteArrayInputStream(bomb));

        var refusal = catchThrowableOfType(CampFileRefusedException.class,
                () -> CampArchive.add(new HashMap<>(), "camp.zip", upload));

        assertThat(refusal.key()).isEqualTo("importing.problem.zipTooBig");
        // The entry inflates evenly, so the share of the zip taken is the share of the entry inflated.
        assertThat(inflated(upload.taken, bomb.length, GIGABYTE)).as("bytes inflated of a 1 GB entry")
                .isLessThan(CampArchive.MAX_BYTES + 1024L * 1024);
    }

    @Test
    void aZipBombInACsvEntryIsStoppedAtTheLimit() {
        byte[] bomb = zipOfZeros("participants.csv", GIGABYTE, false);
        var upload = new Counting(new java.io.ByteArrayInputStream(bomb));

        var refusal = catchThrowableOfType(CampFileRefusedException.class,
                () -> CampArchive.add(new HashMap<>(), "camp.zip", upload));

        assertThat(refusal.key()).isEqualTo("importing.problem.zipTooBig");
        assertThat(inflated(upload.taken, bomb.length, GIGABYTE)).isLessThan(CampArchive.MAX_BYTES + 1024L * 1024);
    }

    @Test
    void aZipEntryWhoseHeaderAnnouncesMoreThanTheLimitIsRefusedBeforeInflating() {
        byte[] bomb = zipOfZeros("notes.txt", GIGABYTE, true);
        var upload = new Counting(new java.io.ByteArrayInputStream(bomb));

        var refusal = catchThrowableOfType(CampFileRefusedException.class,
                () -> CampArchive.add(new HashMap<>(), "camp.zip", upload));

        assertThat(refusal.key()).isEqualTo("importing.problem.zipTooBig");
        assertThat(upload.taken).as("only the entry's header").isLessThan(100);
    }

    @Test
    void aZipWithTooManyEntriesIsRefusedAndLeavesTheFilesAsTheyWere() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i <= CampArchive.MAX_ENTRIES; i++) {
            entries.put("note-" + i + ".txt", "x");
        }
        Map<String, String> files = new HashMap<>(Map.of("camp.csv", "kept"));

        var refusal = catchThrowableOfType(CampFileRefusedException.class,
                () -> CampArchive.add(files, "camp.zip", CampArchive.zip(entries)));

        assertThat(refusal.key()).isEqualTo("importing.problem.zipTooManyEntries");
        assertThat(files).containsExactly(Map.entry("camp.csv", "kept"));
    }

    @Test
    void aZipWithTheUsualExtrasStillImports() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("__MACOSX/._camp.csv", "junk");
        entries.put("camp/.DS_Store", "junk");
        entries.put("camp/readme.txt", "hello");
        entries.put("camp/camp.csv", "name\nYuzuhara\n");
        Map<String, String> files = new HashMap<>();

        CampArchive.add(files, "Camp.ZIP", CampArchive.zip(entries));

        assertThat(files).containsExactly(Map.entry("camp.csv", "name\nYuzuhara\n"));
    }

    /** How much of an evenly compressed entry of {@code size} bytes inflates from the first {@code taken} bytes of its zip. */
    private static long inflated(long taken, long zipBytes, long size) {
        long inflated = (long) ((double) taken / zipBytes * size);
        System.out.printf("Zip bomb: %,d of %,d zip bytes taken, about %,d bytes inflated%n", taken, zipBytes, inflated);
        return inflated;
    }

    /**
     * A zip holding one entry of {@code size} zero bytes, made in a fraction of a second: one
     * megabyte of zeros is deflated once with a full flush (a block that needs nothing before
     * it) and repeated, then a final block closes the stream; sizes and CRC are the real ones.
     * Unless {@code announced}, the entry's header leaves the sizes to a descriptor after the
     * data, as ZipOutputStream writes it, so a reader learns the size only by inflating.
     */
    static byte[] zipOfZeros(String name, long size, boolean announced) {
        int chunk = 1024 * 1024;
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[chunk]);
        byte[] block = deflateAll(deflater, Deflater.FULL_FLUSH);
        deflater.finish();
        byte[] last = deflateAll(deflater, Deflater.NO_FLUSH);
        deflater.end();

        var data = new ByteArrayOutputStream();
        var crc = new CRC32();
        byte[] zeros = new byte[chunk];
        for (long written = 0; written < size; written += chunk) {
            data.writeBytes(block);
            crc.update(zeros);
        }
        data.writeBytes(last);
        byte[] compressed = data.toByteArray();
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);

        var zip = ByteBuffer.allocate(compressed.length + 200 + 2 * nameBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        short flags = (short) (announced ? 0 : 8);
        zip.putInt(0x04034b50).putShort((short) 20).putShort(flags).putShort((short) 8).putInt(0)
                .putInt(announced ? (int) crc.getValue() : 0).putInt(announced ? compressed.length : 0)
                .putInt(announced ? (int) size : 0)
                .putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes).put(compressed);
        if (!announced) {
            zip.putInt(0x08074b50).putInt((int) crc.getValue()).putInt(compressed.length).putInt((int) size);
        }
        int central = zip.position();
        zip.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort(flags).putShort((short) 8)
                .putInt(0).putInt((int) crc.getValue()).putInt(compressed.length).putInt((int) size)
                .putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(0).put(nameBytes);
        int centralSize = zip.position() - central;
        zip.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(centralSize).putInt(central).putShort((short) 0);
        return Arrays.copyOf(zip.array(), zip.position());
    }

    private static byte[] deflateAll(Deflater deflater, int flush) {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (n == buffer.length || (flush == Deflater.NO_FLUSH && !deflater.finished()));
        return out.toByteArray();
    }

    /** {@code size} copies of one byte, made as they are read, so the test holds none of them. */
    private static final class Endless extends InputStream {

        private final byte value;
        private long left;

        Endless(byte value, long size) {
            this.value = value;
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? value & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, value);
            left -= n;
            return n;
        }
    }

    /** Counts the bytes the code under test takes from the upload. */
    private static final class Counting extends FilterInputStream {

        long taken;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            taken += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            taken += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            taken += skipped;
            return skipped;
        }
    }
}
