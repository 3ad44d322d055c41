package vn.dangbo.backup;

import java.util.List;

/**
 * {@code manifest.json} of a backup file: what wrote it, from which database, at which schema version, and for
 * every table its entry, columns, row count and the SHA-256 of the entry's bytes; the sequences' values.
 * Uploaded files (evidence attachments) are rows of {@code resolution_attachment}, so {@code files} is empty
 * unless a later version keeps files outside the database.
 */
public record Manifest(String format, String applicationVersion, String schemaVersion, List<String> migrations,
        String createdAt, Source source, List<Table> tables, List<Sequence> sequences, List<FileEntry> files) {

    public static final String FORMAT = "dangbo-backup/1";
    public static final String ENTRY = "manifest.json";

    /** Where the backup came from: embedded or installed PostgreSQL, its version, database, schemas, host. */
    public record Source(String kind, String serverVersion, String database, List<String> schemas, String host) {}

    public record Table(String schema, String name, String entry, List<String> columns, long rows, long bytes,
            String sha256) {
        public String qualified() {
            return Sql.ident(schema) + "." + Sql.ident(name);
        }
    }

    public record Sequence(String schema, String name, long lastValue, boolean called) {
        public String qualified() {
            return Sql.ident(schema) + "." + Sql.ident(name);
        }
    }

    public record FileEntry(String entry, String path, long bytes, String sha256) {}

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
