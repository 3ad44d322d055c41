package vn.dangbo.backup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.shared.format.Zones;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;

/**
 * Backups of the whole database to one file, and their restore. The page's actions are for the system
 * administrator only ({@link Permission#BACKUP_MANAGE}) and every backup and download is in the audit trail.
 */
@Service
public class Backups {

    static final String AUDIT_ENTITY = "BACKUP";
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final DataSource dataSource;
    private final BackupSettings settings;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final String kind;
    private final Clock clock;

    Backups(DataSource dataSource, BackupSettings settings, AccessGuard guard, AuditTrail audit,
            Environment environment, Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.settings = settings;
        this.guard = guard;
        this.audit = audit;
        String datasourceUrl = environment.getProperty("spring.datasource.url"); // Spring Boot's own setting
        this.kind = datasourceUrl == null || datasourceUrl.isBlank() || settings.runningEmbeddedServer() ? "embedded"
                : "installed";
    }

    /** A backup file in the folder, as the page lists it. */
    public record BackupFile(String name, long bytes, Instant modified, boolean daily) {
        public java.time.OffsetDateTime madeAt() {
            return modified.atZone(Zones.VIETNAM).toOffsetDateTime();
        }

        public java.math.BigDecimal megabytes() {
            return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                    java.math.RoundingMode.HALF_UP);
        }
    }

    /** What a restore loaded: the backup's manifest and the rows. */
    public record Restored(Manifest manifest, long rows) {}

    /** What a backup wrote. */
    public record Written(Path file, long bytes, int tables, long rows, Duration took, String schemaVersion) {}

    public Path folder() {
        return settings.folder();
    }

    public int keep() {
        return settings.keep();
    }

    public java.time.LocalTime dailyAt() {
        return settings.dailyAt();
    }

    public List<BackupFile> list() {
        guard.require(Permission.BACKUP_MANAGE);
        return BackupFolder.list(folder()).stream()
                .map(e -> new BackupFile(e.name(), e.bytes(), e.modified(), e.daily())).toList();
    }

    /** The button: a backup now, into the folder. */
    public Written createNow() {
        guard.require(Permission.BACKUP_MANAGE);
        return writeToFolder(false, "manual");
    }

    /** A download of a backup in the folder; empty when there is no such backup. */
    public Optional<Path> download(String name) {
        guard.require(Permission.BACKUP_MANAGE);
        Optional<BackupFolder.Entry> entry = BackupFolder.find(folder(), name);
        entry.ifPresent(e -> audit.record(AuditAction.EXPORT, AUDIT_ENTITY, e.name(), null,
                "Tải về bản sao lưu " + e.name(), null, Map.of("bytes", e.bytes())));
        return entry.map(BackupFolder.Entry::path);
    }

    Written writeToFolder(boolean daily, String trigger) {
        Path target = BackupFolder.newFile(folder(), LocalDateTime.now(clock), daily);
        Written w = writeTo(target, trigger);
        if (daily) {
            List<String> deleted = BackupFolder.prune(folder(), settings.keep());
            if (!deleted.isEmpty()) {
                log.info("Đã xoá {} bản sao lưu tự động cũ (giữ {} bản mới nhất): {}", deleted.size(), settings.keep(),
                        deleted);
            }
        }
        return w;
    }

    /**
     * Writes a backup to {@code target} (through a temporary file beside it, renamed when complete, so a half-written
     * backup is never listed or copied) and records it in the audit trail.
     */
    Written writeTo(Path target, String trigger) {
        Path file = target.toAbsolutePath();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        long start = System.nanoTime();
        try {
            ownerOnlyFolder(file.getParent());
            ownerOnlyFile(part);
            Manifest m;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                    Connection c = dataSource.getConnection()) {
                m = SnapshotWriter.write(c, out, null, kind, applicationVersion(), OffsetDateTime.now(clock));
            }
            Seal.seal(part);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Written w = new Written(file, Files.size(file), m.tables().size(), m.totalRows(),
                    Duration.ofNanos(System.nanoTime() - start), m.schemaVersion());
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("trigger", trigger);
            state.put("bytes", w.bytes());
            state.put("tables", w.tables());
            state.put("rows", w.rows());
            state.put("schemaVersion", w.schemaVersion());
            audit.record(AuditAction.CREATE, AUDIT_ENTITY, file.getFileName().toString(), null,
                    "Sao lưu dữ liệu vào " + file.getFileName(), null, state);
            log.info("Đã sao lưu dữ liệu vào {} ({} bảng, {} dòng, {} byte, {} ms)", file, w.tables(), w.rows(),
                    w.bytes(), w.took().toMillis());
            return w;
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the failure below is what matters
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("backup failed", e);
        }
    }

    /** Checks the whole file and that {@code target} may receive it; refuses ({@link BackupRefused}) or returns. */
    public Manifest check(Path file, DataSource target) {
        Manifest manifest = Restorer.verify(file);
        try (Connection c = target.getConnection()) {
            Restorer.checkTarget(manifest, c, ApplicationMigrations.versions());
        } catch (SQLException e) {
            throw new BackupRefused("backup.refused.failed", e, String.valueOf(e.getMessage()));
        }
        return manifest;
    }

    /**
     * Restores {@code file} into the database behind {@code target} (one connection): checks everything first
     * (see {@link #check}), then replaces all data in one transaction.
     */
    public Restored restore(Path file, DataSource target, String actor) {
        Manifest manifest = Restorer.verify(file);
        try (Connection c = target.getConnection()) {
            Restorer.checkTarget(manifest, c, ApplicationMigrations.versions());
            return new Restored(manifest, Restorer.load(file, manifest, c, actor));
        } catch (SQLException e) {
            throw new BackupRefused("backup.refused.failed", e, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A backup holds every member record and password hash: like the data directory, its folder and files are for
     * the account that runs dangbo only (0700, 0600) where the file system has POSIX permissions.
     */
    private static void ownerOnlyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (posix(folder)) {
                Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static void ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (posix(file.getParent())) {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static String applicationVersion() {
        String v = Backups.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
