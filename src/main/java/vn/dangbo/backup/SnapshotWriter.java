package vn.dangbo.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a backup: one REPEATABLE READ, READ ONLY transaction (or one that adopts an exported snapshot), so every
 * table is read as of the same instant while the application keeps writing; every table is streamed with
 * {@code COPY ... TO STDOUT} straight into its zip entry (never a whole table in memory), hashing the bytes on the
 * way; the manifest comes last, once counts and checksums are known.
 */
final class SnapshotWriter {

    private SnapshotWriter() {}

    static Manifest write(Connection c, OutputStream out, String snapshotId, String kind, String applicationVersion,
            OffsetDateTime madeAt)
            throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            if (snapshotId != null) {
                st.execute("SET TRANSACTION SNAPSHOT '" + snapshotId.replace("'", "''") + "'");
            }
            st.execute("SET LOCAL statement_timeout = 0");
            String schema = Catalog.applicationSchema(c);
            if (schema == null) {
                throw new IllegalStateException("no flyway_schema_history on the search path: not a dangbo database");
            }
            List<String> schemas = List.of(schema);
            List<String> migrations = Catalog.migrations(c, schema);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(6);
            List<Manifest.Table> tables = new ArrayList<>();
            for (Catalog.TableInfo t : Catalog.tables(c, schemas)) {
                String entry = "tables/" + t.schema() + "." + t.name() + ".copy";
                zip.putNextEntry(new ZipEntry(entry));
                MessageDigest sha = sha256();
                Counting counting = new Counting(new DigestOutputStream(zip, sha));
                String source = t.partitioned() ? "(SELECT " + t.columnList() + " FROM " + t.qualified() + ")"
                        : t.qualified() + " (" + t.columnList() + ")";
                long rows = copy.copyOut("COPY " + source + " TO STDOUT", counting);
                zip.closeEntry();
                tables.add(new Manifest.Table(t.schema(), t.name(), entry, t.columns(), rows, counting.count,
                        HexFormat.of().formatHex(sha.digest())));
            }
            List<Manifest.Sequence> sequences = Catalog.sequences(c, schemas);
            Manifest manifest = new Manifest(Manifest.FORMAT, applicationVersion, Catalog.latest(migrations), migrations,
                    madeAt.truncatedTo(ChronoUnit.SECONDS).toString(),
                    new Manifest.Source(kind, serverVersion(st), database(st), schemas, host()), tables, sequences,
                    List.of());
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            zip.write(ManifestJson.write(manifest));
            zip.closeEntry();
            zip.setComment(Seal.PLACEHOLDER); // replaced by the whole file's digest (Seal) once it is complete
            zip.finish();
            return manifest;
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private static String serverVersion(Statement st) throws SQLException {
        try (var rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String database(Statement st) throws SQLException {
        try (var rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes written through it; never closes what it wraps (the zip stays open for the next entry). */
    static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
