package vn.dangbo.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dangbo.embedded-db.*}: the embedded PostgreSQL's data directory ({@code DANGBO_DATA_DIR}, default data/pg;
 * empty: a throw-away cluster shared by the JVM, for tests), its port (0: any free one; it listens on 127.0.0.1
 * only) and the connection pool's size.
 */
@Validated
@ConfigurationProperties("dangbo.embedded-db")
public record EmbeddedDatabaseSettings(String dataDir, @DefaultValue("0") @PositiveOrZero @Max(65535) int port,
        @DefaultValue("20") @Min(2) @Max(200) int poolSize) {}
