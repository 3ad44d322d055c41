package vn.dangbo.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The database: with no URL configured, an embedded PostgreSQL (persistent in {@code dangbo.embedded-db.data-dir},
 * or a throw-away one shared by the JVM when that is empty); otherwise Spring Boot's own datasource from
 * {@code spring.datasource.*} (or {@code DANGBO_DB_URL}, {@code DANGBO_DB_USER}, {@code DANGBO_DB_PASSWORD}).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.class)
    static class Embedded {

        @Bean
        EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseSettings settings) {
            if (StringUtils.hasText(settings.dataDir())) {
                return new EmbeddedDatabase(EmbeddedPostgresServer.persistent(Path.of(settings.dataDir()),
                        settings.port()), true);
            }
            return new EmbeddedDatabase(EmbeddedPostgresServer.sharedEphemeral(), false);
        }

        @Bean
        DataSource dataSource(EmbeddedDatabase db, EmbeddedDatabaseSettings settings, Environment environment) {
            // Spring Boot's own setting, read as it is for an installed server
            String connectionInitSql = environment.getProperty("spring.datasource.hikari.connection-init-sql");
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(db.server().getJdbcUrl("postgres"));
            config.setUsername(db.server().username());
            config.setPassword(db.server().password());
            config.setMaximumPoolSize(settings.poolSize());
            if (StringUtils.hasText(connectionInitSql)) {
                config.setConnectionInitSql(connectionInitSql); // the same session settings as an installed server
            }
            config.setPoolName("dangbo-embedded");
            return new HikariDataSource(config);
        }
    }

    /** The embedded server; {@code persistent} is false for the throw-away test cluster. */
    public record EmbeddedDatabase(EmbeddedPostgresServer server, boolean persistent) implements AutoCloseable {
        @Override
        public void close() {
            if (persistent) {
                server.close();
            }
        }
    }
}
