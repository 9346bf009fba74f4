package org.campfair.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured and the
 * binaries are on the class path (they are left out of the production jar). Pointing the app
 * at an external PostgreSQL needs only the standard Spring datasource properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(@Value("${campfair.embedded-db.data-dir:}") String dataDir) {
        return new EmbeddedDatabase(dataDir.isBlank() ? null : Path.of(dataDir));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(10);
        pool.setPoolName("campfair-embedded");
        // Fail fast while the database is away (the app answers 503) and recover by itself.
        pool.setConnectionTimeout(3000);
        pool.setValidationTimeout(2000);
        return pool;
    }
}
