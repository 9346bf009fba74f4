package org.campfair.calendar.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server-side secret from which feed tokens are derived. It never enters the database,
 * so a database dump alone reveals no feed URL. Taken from {@code campfair.feeds.key}
 * (base64, 32 bytes) or, when that is not set, from a key file in the data folder, created
 * on first use.
 */
@Component
public class FeedKey {

    private final byte[] key;

    FeedKey(@Value("${campfair.feeds.key:}") String configured, @Value("${campfair.data-dir}") String dataDir) {
        this.key = configured.isBlank() ? fromFile(Path.of(dataDir, "feed.key")) : Base64.getDecoder().decode(configured);
        if (key.length < 32) {
            throw new IllegalStateException("campfair.feeds.key must hold at least 32 bytes (base64)");
        }
    }

    public byte[] bytes() {
        return key.clone();
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the feed key " + file, e);
        }
    }
}
