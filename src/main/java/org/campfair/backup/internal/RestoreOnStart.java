package org.campfair.backup.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code --campfair.restore-from=<backup zip>}: the restore takes Flyway's place at start-up,
 * before any other part of the app touches the database, so start-up seeding afterwards
 * finds the restored camps and accounts and adds nothing. Without it, Flyway migrates as usual.
 */
@Configuration(proxyBeanMethods = false)
class RestoreOnStart {

    @Bean
    FlywayMigrationStrategy restoreOrMigrate(@Value("${campfair.restore-from:}") String restoreFrom) {
        return flyway -> {
            if (restoreFrom.isBlank()) {
                flyway.migrate();
            } else {
                BackupRestore.restore(flyway, Path.of(restoreFrom.strip()));
            }
        };
    }
}
