package org.campfair.backup.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.campfair.backup.BackupFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder the backups go to. It holds personal data, so only the app's own OS user may
 * read it (folder 0700, files 0600). A backup is written to a hidden temporary file and
 * renamed into place only when complete and on disk, so a crash never leaves a half backup
 * under a backup's name. File names carry the time (UTC) and kind, so they sort by age.
 */
public final class BackupFolder {

    private static final Logger log = LoggerFactory.getLogger(BackupFolder.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PARSE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("campfair-(\\d{8}-\\d{6}-\\d{3})-(manual|daily)\\.zip");
    private static final String PARTIAL = ".partial";
    /** A temporary file this old is left from a crash, not being written. */
    private static final Duration ABANDONED = Duration.ofHours(6);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Writes a complete backup into the stream it is given. */
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /** Writes a backup of the kind under a new name and returns it, complete; nothing is left on failure. */
    public BackupFile write(BackupFile.Kind kind, Instant at, Content content) throws Exception {
        prepare();
        String name = "campfair-" + STAMP.format(at) + "-" + kind.name().toLowerCase(Locale.ROOT) + ".zip";
        Path target = folder.resolve(name);
        Path partial = POSIX
                ? Files.createTempFile(folder, "." + name, PARTIAL,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, "." + name, PARTIAL);
        try {
            try (var channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                    var out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder();
        } finally {
            Files.deleteIfExists(partial);
        }
        return describe(target).orElseThrow();
    }

    /** The backups, newest first. */
    public List<BackupFile> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        var backups = new ArrayList<BackupFile>();
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                describe(file).ifPresent(backups::add);
            }
        }
        backups.sort(Comparator.comparing(BackupFile::name).reversed());
        return backups;
    }

    /** Deletes the oldest backups of the kind beyond the newest {@code keep}; returns how many went. */
    public int keepNewest(BackupFile.Kind kind, int keep) throws IOException {
        var ofKind = list().stream().filter(backup -> backup.kind() == kind).toList();
        int deleted = 0;
        for (var old : ofKind.subList(Math.min(keep, ofKind.size()), ofKind.size())) {
            Files.deleteIfExists(folder.resolve(old.name()));
            deleted++;
        }
        return deleted;
    }

    /** The file of a backup listed here; empty for any other name, so a name from a request cannot leave the folder. */
    public Optional<Path> file(String name) throws IOException {
        return list().stream().filter(backup -> backup.name().equals(name)).findFirst()
                .map(backup -> folder.resolve(backup.name()));
    }

    private Optional<BackupFile> describe(Path file) {
        var match = NAME.matcher(file.getFileName().toString());
        if (!match.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant created = LocalDateTime.parse(match.group(1), PARSE).toInstant(ZoneOffset.UTC);
            return Optional.of(new BackupFile(file.getFileName().toString(),
                    BackupFile.Kind.valueOf(match.group(2).toUpperCase(Locale.ROOT)), created, Files.size(file)));
        } catch (IOException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Creates the folder, closes it to others, and clears temporary files a crash left behind. */
    private void prepare() throws IOException {
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(PARTIAL)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(ABANDONED))) {
                    Files.deleteIfExists(file);
                    log.info("Deleted an unfinished backup left from a crash: {}", file.getFileName());
                }
            }
        }
    }

    /** Makes the rename itself durable; not every file system lets a folder be opened for it. */
    private void syncFolder() {
        try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not sync the backup folder: {}", e.getMessage());
        }
    }
}
