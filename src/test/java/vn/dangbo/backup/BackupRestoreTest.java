package vn.dangbo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.dangbo.support.DangboTest;

/**
 * A backup of the demo data, taken from one exported snapshot, restored into a fresh database (created by the
 * application's own migrations) gives identical tables: every table's row count and the md5 of its rows in order,
 * computed by PostgreSQL, and every sequence. Damaged files, files of another schema version and a target that is
 * in use are refused before anything changes.
 */
@DangboTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    @Autowired DataSource dataSource;
    @Autowired Backups backups;
    @Autowired java.time.Clock clock;

    Path work;
    Path backup;
    /** Row counts and md5s of the demo database, read in the same snapshot as the backup. */
    Map<String, String> expected;
    DataSource target;

    @BeforeAll
    void backUpTheDemoDataAndCreateAFreshDatabase() throws Exception {
        work = Files.createTempDirectory("dangbo-backup-test");
        backup = work.resolve("demo.zip");
        try (Connection snapshot = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            snapshot.setAutoCommit(false);
            String snapshotId;
            try (Statement st = snapshot.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                snapshotId = single(st, "SELECT pg_export_snapshot()");
            }
            expected = fingerprint(snapshot);
            try (OutputStream out = Files.newOutputStream(backup)) {
                SnapshotWriter.write(writer, out, snapshotId, "embedded", "test", java.time.OffsetDateTime.now(clock));
            }
            Seal.seal(backup);
            snapshot.rollback();
        }
        target = freshDatabase();
    }

    @Test
    void aBackupOfTheDemoDataRestoredIntoAFreshDatabaseGivesIdenticalTables() throws Exception {
        assertThat(expected).containsKeys("public.member", "public.party_organization", "public.flyway_schema_history",
                "public.resolution_attachment", "sequence public.member_id_seq");
        assertThat(expected.get("public.member")).doesNotStartWith("0 ");
        Map<String, String> before = fingerprintOf(target);
        assertThat(before).isNotEqualTo(expected);

        awaitNoOtherSessions(target);
        long rows = backups.restore(backup, target, "test").rows();

        assertThat(rows).isGreaterThan(1000);
        assertThat(fingerprintOf(target)).isEqualTo(expected);
    }

    @Test
    void aFileWithOneFlippedByteAnywhereIsRefusedAndNothingChanges() throws Exception {
        byte[] original = Files.readAllBytes(backup);
        // the first entry's header, inside the data, the manifest near the end, the zip's directory, the seal
        for (int position : new int[] {12, original.length / 3, original.length - 1500, original.length - 100,
                original.length - 1}) {
            Path flipped = work.resolve("flipped-" + position + ".zip");
            byte[] bytes = original.clone();
            bytes[position] ^= 0x01;
            Files.write(flipped, bytes);
            assertRefusedAndNothingChanges(flipped, "backup.refused.unreadable", "backup.refused.damaged",
                    "backup.refused.notBackup");
        }
    }

    @Test
    void aTruncatedFileIsRefusedAndNothingChanges() throws Exception {
        Path truncated = work.resolve("truncated.zip");
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 200));
        assertRefusedAndNothingChanges(truncated, "backup.refused.unreadable");
    }

    @Test
    void anEntryChangedWithItsZipChecksumRepairedIsRefusedByTheManifestChecksum() throws Exception {
        Path changed = rewritten("changed.zip", (name, content) -> name.equals("tables/public.member.copy")
                ? new String(content, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("Nguyễn", "Nguyen")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : content);
        assertRefusedAndNothingChanges(changed, "backup.refused.checksum");
    }

    @Test
    void aBackupOfANewerSchemaVersionIsRefusedAndNothingChanges() throws Exception {
        Path newer = rewritten("newer.zip", (name, content) -> name.equals(Manifest.ENTRY) ? manifestWith(content, "999")
                : content);
        assertRefusedAndNothingChanges(newer, "backup.refused.newerSchema");
    }

    @Test
    void aBackupOfAnOlderSchemaVersionIsRefusedAndNothingChanges() throws Exception {
        Path older = rewritten("older.zip", (name, content) -> name.equals(Manifest.ENTRY) ? manifestWith(content, null)
                : content);
        assertRefusedAndNothingChanges(older, "backup.refused.olderSchema");
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        Path other = work.resolve("list.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("danh-sach.csv"));
            zip.write("Họ và tên\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertRefusedAndNothingChanges(other, "backup.refused.notBackup");
    }

    @Test
    void aRestoreIsRefusedWhileAnotherSessionIsConnectedToTheDatabase() throws Exception {
        try (Connection app = target.getConnection()) {
            app.createStatement().execute("SET application_name = 'dangbo'");
            assertRefusedAndNothingChanges(backup, "backup.refused.inUse");
        }
    }

    private void assertRefusedAndNothingChanges(Path file, String... keys) throws Exception {
        Map<String, String> before = fingerprintOf(target);
        assertThatThrownBy(() -> backups.restore(file, target, "test")).isInstanceOf(BackupRefused.class)
                .satisfies(e -> assertThat(((BackupRefused) e).messageKey()).isIn((Object[]) keys));
        assertThat(fingerprintOf(target)).isEqualTo(before);
    }

    interface EntryChange {
        byte[] apply(String name, byte[] content) throws IOException;
    }

    /** A copy of the backup with entries changed (the zip's own CRCs are recomputed, as a careful forger would). */
    private Path rewritten(String name, EntryChange change) throws IOException {
        Path out = work.resolve(name);
        try (ZipFile in = new ZipFile(backup.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] content;
                try (InputStream s = in.getInputStream(e)) {
                    content = s.readAllBytes();
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(change.apply(e.getName(), content));
                zip.closeEntry();
            }
            zip.setComment(Seal.PLACEHOLDER);
        }
        Seal.seal(out);
        return out;
    }

    /** The manifest with one more migration ({@code extra}), or with its latest migration left out (null). */
    private static byte[] manifestWith(byte[] json, String extra) {
        Manifest m = ManifestJson.read(json);
        List<String> migrations = new ArrayList<>(m.migrations());
        if (extra == null) {
            migrations.remove(migrations.size() - 1);
        } else {
            migrations.add(extra);
        }
        return ManifestJson.write(new Manifest(m.format(), m.applicationVersion(), Catalog.latest(migrations), migrations,
                m.createdAt(), m.source(), m.tables(), m.sequences(), m.files()));
    }

    /** A new database on the test server, with the schema the application's migrations create. */
    private DataSource freshDatabase() throws SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        String name = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        String url = hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        Flyway.configure().dataSource(url, hikari.getUsername(), hikari.getPassword())
                .locations("classpath:db/migration").outOfOrder(true).load().migrate();
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, hikari.getUsername(), hikari.getPassword());
    }

    private static Map<String, String> fingerprintOf(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return fingerprint(c);
        }
    }

    /**
     * Every table of the schema: "rows md5" of its rows ordered by their text, computed in SQL; every sequence's value.
     * The restore's own line in the restored audit trail (and the sequence behind it) is left out.
     */
    private static Map<String, String> fingerprint(Connection c) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        List<Catalog.TableInfo> tables = Catalog.tables(c, List.of(Catalog.applicationSchema(c)));
        try (Statement st = c.createStatement()) {
            for (Catalog.TableInfo t : tables) {
                String where = t.name().equals("audit_event")
                        ? " WHERE NOT (t.entity_type = 'BACKUP' AND t.action = 'IMPORT')" : "";
                result.put(t.schema() + "." + t.name(), single(st, "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                        + "E'\\n' ORDER BY t::text)), '-') FROM " + t.qualified() + " t" + where));
            }
            for (Manifest.Sequence s : Catalog.sequences(c, List.of(Catalog.applicationSchema(c)))) {
                if (!s.name().equals("audit_event_id_seq")) {
                    result.put("sequence " + s.schema() + "." + s.name(), s.lastValue() + " " + s.called());
                }
            }
        }
        return result;
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The migration's and fingerprint's connections end a moment after they are closed. */
    private static void awaitNoOtherSessions(DataSource ds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Connection c = ds.getConnection()) {
            while (!Restorer.otherSessions(c).isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }
    }
}
