package vn.dangbo.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Checks a backup file whole before anything is touched (manifest, the whole file's SHA-256 ({@link Seal}), every
 * entry's SHA-256 and row count, the schema
 * version against the application's and the target's, the target's tables), then replaces the data in one
 * transaction: every table truncated, loaded with COPY with triggers and foreign-key checks suppressed
 * ({@code session_replication_role = replica}: the rows are already consistent, and the counts kept by triggers are
 * restored as they were), sequences set. Anything wrong rolls the whole transaction back.
 */
final class Restorer {

    private Restorer() {}

    /** Reads the whole file; returns its manifest or refuses. */
    static Manifest verify(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(Manifest.ENTRY);
            if (manifestEntry == null) {
                throw new BackupRefused("backup.refused.notBackup", file.getFileName());
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = ManifestJson.read(in.readAllBytes());
            } catch (RuntimeException e) {
                throw new BackupRefused("backup.refused.notBackup", e, file.getFileName());
            }
            if (!Manifest.FORMAT.equals(manifest.format()) || manifest.tables() == null || manifest.migrations() == null) {
                throw new BackupRefused("backup.refused.notBackup", file.getFileName());
            }
            if (!Seal.intact(file)) {
                throw new BackupRefused("backup.refused.damaged", file.getFileName());
            }
            for (Manifest.Table t : manifest.tables()) {
                ZipEntry entry = zip.getEntry(t.entry());
                if (entry == null) {
                    throw new BackupRefused("backup.refused.entryMissing", t.entry());
                }
                Check check = new Check();
                try (InputStream in = zip.getInputStream(entry)) {
                    check.read(in);
                }
                if (!check.sha256().equals(t.sha256()) || check.bytes != t.bytes()) {
                    throw new BackupRefused("backup.refused.checksum", t.entry());
                }
                if (check.lines != t.rows()) {
                    throw new BackupRefused("backup.refused.rowCount", t.name(), t.rows(), check.lines);
                }
            }
            return manifest;
        } catch (IOException e) {
            // not a zip, cut short, or a stored CRC that no longer matches
            throw new BackupRefused("backup.refused.unreadable", e, file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Checks that the target may receive this backup: the backup's schema version is the application's
     * ({@code applicationMigrations}, from its classpath) and the target's, the target has exactly the backup's
     * tables and columns, and no other session is connected to the target database.
     */
    static void checkTarget(Manifest manifest, Connection c, List<String> applicationMigrations) throws SQLException {
        Set<String> backup = Set.copyOf(manifest.migrations());
        Set<String> app = Set.copyOf(applicationMigrations);
        String appVersion = Catalog.latest(applicationMigrations);
        if (!app.containsAll(backup)) {
            throw new BackupRefused("backup.refused.newerSchema", manifest.schemaVersion(), appVersion);
        }
        if (!backup.containsAll(app)) {
            throw new BackupRefused("backup.refused.olderSchema", manifest.schemaVersion(), appVersion);
        }
        String schema = Catalog.applicationSchema(c);
        if (schema == null || !manifest.source().schemas().contains(schema)) {
            throw new BackupRefused("backup.refused.targetNotDangbo", schema == null ? "-" : schema);
        }
        List<String> target = Catalog.migrations(c, schema);
        if (!Set.copyOf(target).equals(backup)) {
            throw new BackupRefused("backup.refused.targetSchema", Catalog.latest(target), manifest.schemaVersion());
        }
        Map<String, List<String>> targetTables = Catalog.tables(c, manifest.source().schemas()).stream()
                .collect(Collectors.toMap(t -> t.schema() + "." + t.name(), Catalog.TableInfo::columns));
        Map<String, List<String>> backupTables = manifest.tables().stream()
                .collect(Collectors.toMap(t -> t.schema() + "." + t.name(), Manifest.Table::columns));
        Set<String> differing = new LinkedHashSet<>();
        for (String name : union(targetTables.keySet(), backupTables.keySet())) {
            List<String> a = targetTables.get(name);
            List<String> b = backupTables.get(name);
            if (a == null || b == null || !Set.copyOf(a).equals(Set.copyOf(b))) {
                differing.add(name);
            }
        }
        if (!differing.isEmpty()) {
            throw new BackupRefused("backup.refused.targetTables", String.join(", ", differing));
        }
        List<String> others = otherSessions(c);
        if (!others.isEmpty()) {
            String who = others.stream().collect(Collectors.groupingBy(x -> x, java.util.LinkedHashMap::new,
                    Collectors.counting())).entrySet().stream().map(e -> e.getValue() + " × " + e.getKey())
                    .collect(Collectors.joining(", "));
            throw new BackupRefused("backup.refused.inUse", others.size(), who);
        }
    }

    /** Other client sessions on the target database: a running dangbo, psql, a backup tool. */
    static List<String> otherSessions(Connection c) throws SQLException {
        List<String> others = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT coalesce(nullif(application_name, ''), '?') || ' (' || coalesce(host(client_addr), 'local') || ')',
                       count(*)
                FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                GROUP BY 1 ORDER BY 2 DESC, 1""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                for (int i = 0; i < rs.getInt(2); i++) {
                    others.add(rs.getString(1));
                }
            }
        }
        return others;
    }

    /** Replaces every table's rows with the backup's, in one transaction; returns the rows loaded. */
    static long load(Path file, Manifest manifest, Connection c, String auditUser) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long rows = 0;
        try (ZipFile zip = new ZipFile(file.toFile()); Statement st = c.createStatement()) {
            try {
                st.execute("SET LOCAL session_replication_role = replica");
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    throw new BackupRefused("backup.refused.permission", e);
                }
                throw e;
            }
            st.execute("SET LOCAL lock_timeout = '30s'");
            st.execute("SET LOCAL statement_timeout = 0");
            st.execute("TRUNCATE " + manifest.tables().stream().map(Manifest.Table::qualified)
                    .collect(Collectors.joining(", ")));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Manifest.Table t : manifest.tables()) {
                MessageDigest sha = SnapshotWriter.sha256();
                long loaded;
                try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(t.entry())), sha)) {
                    loaded = copy.copyIn("COPY " + t.qualified() + " ("
                            + t.columns().stream().map(Sql::ident).collect(Collectors.joining(", ")) + ") FROM STDIN", in);
                }
                // the file was checked a moment ago; checked again as it is read, in case it changed since
                if (loaded != t.rows() || !HexFormat.of().formatHex(sha.digest()).equals(t.sha256())) {
                    throw new BackupRefused("backup.refused.checksum", t.entry());
                }
                rows += loaded;
            }
            for (Manifest.Sequence s : manifest.sequences()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                    ps.setString(1, s.qualified());
                    ps.setLong(2, s.lastValue());
                    ps.setBoolean(3, s.called());
                    ps.execute();
                }
            }
            recordInTrail(c, file, manifest, auditUser);
            c.commit();
            return rows;
        } catch (IOException e) {
            c.rollback();
            throw new BackupRefused("backup.refused.unreadable", e, file.getFileName(), String.valueOf(e.getMessage()));
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The restored database's own trail says it was restored, and from what. */
    private static void recordInTrail(Connection c, Path file, Manifest manifest, String auditUser) throws SQLException {
        if (manifest.tables().stream().noneMatch(t -> t.name().equals("audit_event"))) {
            return;
        }
        String schema = Sql.ident(manifest.source().schemas().get(0));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".audit_event (actor_username, action, "
                + "entity_type, entity_id, summary, after_state) VALUES (?, 'IMPORT', 'BACKUP', ?, ?, ?::jsonb)")) {
            ps.setString(1, auditUser);
            ps.setString(2, file.getFileName().toString());
            ps.setString(3, "Phục hồi dữ liệu từ bản sao lưu " + file.getFileName() + " (tạo lúc " + manifest.createdAt() + ")");
            ps.setString(4, new String(ManifestJson.writeSummary(Map.of("createdAt", manifest.createdAt(),
                    "schemaVersion", manifest.schemaVersion(), "rows", manifest.totalRows(),
                    "source", manifest.source().kind() + " " + manifest.source().host())),
                    java.nio.charset.StandardCharsets.UTF_8));
            ps.execute();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** SHA-256, size and line count (one line per row in COPY's text format) of an entry, read once. */
    private static final class Check {
        private final MessageDigest sha = SnapshotWriter.sha256();
        long bytes;
        long lines;

        void read(InputStream in) throws IOException {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }

        String sha256() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
