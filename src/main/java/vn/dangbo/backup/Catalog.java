package vn.dangbo.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;

/**
 * What a backup holds, read from the database's catalog rather than a list kept by hand: the application's
 * schema is the one holding {@code flyway_schema_history} on the connection's search path; every ordinary or
 * partitioned table in it (extension objects left out), and its sequences.
 */
final class Catalog {

    record TableInfo(String schema, String name, boolean partitioned, List<String> columns) {
        String qualified() {
            return Sql.ident(schema) + "." + Sql.ident(name);
        }

        String columnList() {
            return String.join(", ", columns.stream().map(Sql::ident).toList());
        }
    }

    private Catalog() {}

    /** The schema of the Flyway history table, or null when the database holds no dangbo schema. */
    static String applicationSchema(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT n.nspname FROM pg_class c JOIN pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE c.oid = to_regclass('flyway_schema_history')");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static List<TableInfo> tables(Connection c, List<String> schemas) throws SQLException {
        List<TableInfo> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT c.oid, n.nspname, c.relname, c.relkind = 'p'
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                  AND d.objid = c.oid AND d.deptype = 'e')
                ORDER BY n.nspname, c.relname""")) {
            ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(new TableInfo(rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            columns(c, rs.getLong(1))));
                }
            }
        }
        return tables;
    }

    /** Columns COPY can write back: generated and dropped columns left out, in the table's order. */
    private static List<String> columns(Connection c, long oid) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT attname FROM pg_attribute WHERE attrelid = ? "
                + "AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    static List<Manifest.Sequence> sequences(Connection c, List<String> schemas) throws SQLException {
        List<String[]> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ANY (?) AND c.relkind = 'S'
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                  AND d.objid = c.oid AND d.deptype = 'e')
                ORDER BY n.nspname, c.relname""")) {
            ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        List<Manifest.Sequence> sequences = new ArrayList<>();
        for (String[] n : names) {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_value, is_called FROM "
                    + Sql.ident(n[0]) + "." + Sql.ident(n[1])); ResultSet rs = ps.executeQuery()) {
                rs.next();
                sequences.add(new Manifest.Sequence(n[0], n[1], rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** The versions of the successful migrations applied to this database, in version order. */
    static List<String> migrations(Connection c, String schema) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + Sql.ident(schema)
                + ".flyway_schema_history WHERE success AND version IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return sorted(versions);
    }

    static List<String> sorted(java.util.Collection<String> versions) {
        return versions.stream().distinct().sorted(Comparator.comparing(MigrationVersion::fromVersion)).toList();
    }

    /** The highest of the versions, "0" when there are none. */
    static String latest(List<String> versions) {
        List<String> s = sorted(versions);
        return s.isEmpty() ? "0" : s.get(s.size() - 1);
    }
}
