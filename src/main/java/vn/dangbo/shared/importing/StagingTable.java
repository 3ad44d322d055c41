package vn.dangbo.shared.importing;

import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.shared.spreadsheet.SheetData;

/**
 * The staging table of a module's import: one row per line of the file, {@code (import_id, row_number, cells jsonb)}
 * with the module's verdict columns beside them (action, problems, and whatever the preview shows). The kernel of the
 * staged import moves data in and out of it set-based: the file's rows go in with one COPY, the verdicts of a check
 * go in with one COPY into a temporary table and ONE {@code UPDATE ... FROM} joined on the primary key (never a
 * statement per row), so the cost of a step grows with the file, not with its square. The module's checks that can be
 * said in SQL run as queries over the same table; its writer reads it with {@code INSERT ... SELECT} or streams from it.
 */
public final class StagingTable {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    /** A verdict column of the staging table and its SQL type ({@code text}, {@code bigint}, {@code jsonb}...). */
    public record Column(String name, String sqlType) {
        public Column {
            require(name);
            require(sqlType);
        }
    }

    private final String table;
    private final List<Column> verdicts;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    public StagingTable(String table, List<Column> verdicts, JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.table = require(table);
        this.verdicts = List.copyOf(verdicts);
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    public String table() {
        return table;
    }

    /** The rows of a file, streamed in with one COPY (in the caller's transaction). */
    public void insert(long importId, Iterable<SheetData.Row> rows) {
        try (CopyRows copy = CopyRows.into(dataSource, table, "import_id, row_number, cells")) {
            for (SheetData.Row r : rows) {
                copy.number(importId).number(r.number()).text(json.writeValueAsString(r.cells())).end();
            }
        }
    }

    /** Every row of an import, in order. */
    public List<SheetData.Row> rows(long importId) {
        return jdbc.sql("SELECT row_number, cells::text AS cells FROM " + table + " WHERE import_id = ? ORDER BY row_number")
                .param(importId)
                .query((rs, n) -> new SheetData.Row(rs.getInt("row_number"), json.readValue(rs.getString("cells"), STRINGS)))
                .list();
    }

    /** Writes one row's verdict into a {@link #saveVerdicts} COPY: its row number, then one value per column. */
    @FunctionalInterface
    public interface VerdictWriter<T> {
        void write(T verdict, CopyRows row);
    }

    /**
     * The verdicts of a check, set-based: every verdict column of the rows listed is replaced (columns of rows not
     * listed are cleared). {@code writer} writes the row number, then the verdict columns in their declared order (a
     * jsonb column as its JSON text).
     */
    public <T> void saveVerdicts(long importId, Iterable<T> outcomes, VerdictWriter<T> writer) {
        String temp = table + "_verdict";
        StringBuilder columns = new StringBuilder("row_number int PRIMARY KEY");
        StringBuilder names = new StringBuilder("row_number");
        StringBuilder set = new StringBuilder();
        StringBuilder clear = new StringBuilder();
        for (Column c : verdicts) {
            columns.append(", ").append(c.name()).append(" text");
            names.append(", ").append(c.name());
            set.append(set.isEmpty() ? "" : ", ").append(c.name()).append(" = CAST(v.").append(c.name())
                    .append(" AS ").append(c.sqlType()).append(')');
            clear.append(clear.isEmpty() ? "" : ", ").append(c.name()).append(" = NULL");
        }
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS " + temp + " (" + columns + ") ON COMMIT DROP").update();
        jdbc.sql("TRUNCATE " + temp).update();
        try (CopyRows copy = CopyRows.into(dataSource, temp, names.toString())) {
            for (T o : outcomes) {
                writer.write(o, copy);
                copy.end();
            }
        }
        jdbc.sql("ANALYZE " + temp).update();
        jdbc.sql("UPDATE " + table + " r SET " + clear + " WHERE r.import_id = ? AND NOT EXISTS (SELECT 1 FROM " + temp
                + " v WHERE v.row_number = r.row_number)").param(importId).update();
        jdbc.sql("UPDATE " + table + " r SET " + set + " FROM " + temp
                + " v WHERE r.import_id = ? AND r.row_number = v.row_number").param(importId).update();
    }

    private static String require(String identifier) {
        if (identifier == null || !NAME.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not an SQL name: " + identifier);
        }
        return identifier;
    }
}
