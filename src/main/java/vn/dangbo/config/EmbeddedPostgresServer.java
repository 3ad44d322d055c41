package vn.dangbo.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts real PostgreSQL binaries shipped in a jar. With a data directory the cluster persists across
 * restarts (the run command keeps it in ./data/pg); without one a throw-away cluster is started once per
 * JVM and shared by every Spring context in it (the test suite).
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres ephemeral;

    private EmbeddedPostgresServer() {}

    static EmbeddedPostgres persistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            log.info("Khởi động PostgreSQL nhúng, dữ liệu tại {}", dataDirectory.toAbsolutePath());
            EmbeddedPostgres.Builder builder = tuned(EmbeddedPostgres.builder())
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException | IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new IllegalStateException("Thư mục dữ liệu " + dataDirectory.toAbsolutePath()
                        + " đang được một tiến trình dangbo khác dùng. Hãy dừng tiến trình đó, hoặc chạy với "
                        + "DANGBO_DATA_DIR=<thư mục khác>. (The data directory is in use by another dangbo process.)", e);
            }
            throw new IllegalStateException("Không khởi động được PostgreSQL nhúng tại " + dataDirectory, e);
        }
    }

    static synchronized EmbeddedPostgres sharedEphemeral() {
        if (ephemeral == null) {
            try {
                ephemeral = tuned(EmbeddedPostgres.builder())
                        // a test database: durability is not needed, speed is
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                EmbeddedPostgres server = ephemeral;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng", e);
            }
        }
        return ephemeral;
    }

    private static EmbeddedPostgres.Builder tuned(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("random_page_cost", "1.1")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("lc_messages", "C");
    }
}
