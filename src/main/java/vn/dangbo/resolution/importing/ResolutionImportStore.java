package vn.dangbo.resolution.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.shared.importing.StagedImports;
import vn.dangbo.shared.importing.StagingTable;
import vn.dangbo.shared.spreadsheet.SheetData;

/** SQL for Excel imports of targets and results and their rows (tables resolution_import, resolution_import_row). */
@Repository
public class ResolutionImportStore implements StagedImports {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {};
    private static final TypeReference<List<RowOutcome.Change>> CHANGES = new TypeReference<>() {};

    private static final String COLUMNS = """
            id, kind, resolution_id, period_id, org_path, file_name, sheet_name, header_row, headers::text AS headers,
            mapping::text AS mapping, converted_columns::text AS converted_columns, status, create_count, update_count,
            unchanged_count, blank_count, error_count, created_count, updated_count, only_valid, notice, created_at,
            created_by, finished_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StagingTable staging;

    ResolutionImportStore(JdbcClient jdbc, javax.sql.DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.staging = new StagingTable("resolution_import_row", List.of(new StagingTable.Column("action", "text"),
                new StagingTable.Column("label", "text"), new StagingTable.Column("problems", "jsonb"),
                new StagingTable.Column("changes", "jsonb")), jdbc, dataSource, json);
    }

    /** What an upload stores before its rows. */
    public record NewImport(ImportKind kind, Long resolutionId, Long periodId, String orgPath, String fileName,
            String sheetName, int headerRow, List<String> headers, List<String> mapping, List<String> converted,
            String actor) {}

    public long create(NewImport n) {
        return jdbc.sql("""
                INSERT INTO resolution_import (kind, resolution_id, period_id, org_path, file_name, sheet_name,
                    header_row, headers, mapping, converted_columns, status, created_by)
                VALUES (:kind, :resolution, :period, :path, :file, :sheet, :headerRow, CAST(:headers AS jsonb),
                    CAST(:mapping AS jsonb), CAST(:converted AS jsonb), 'PREVIEW', :actor)
                RETURNING id""")
                .param("kind", n.kind().name()).param("resolution", n.resolutionId()).param("period", n.periodId())
                .param("path", n.orgPath()).param("file", n.fileName()).param("sheet", n.sheetName())
                .param("headerRow", n.headerRow()).param("headers", json.writeValueAsString(n.headers()))
                .param("mapping", json.writeValueAsString(n.mapping()))
                .param("converted", json.writeValueAsString(n.converted())).param("actor", n.actor())
                .query(Long.class).single();
    }

    /** The rows of the file, streamed into the staging table with one COPY. */
    public void insertRows(long importId, List<SheetData.Row> rows) {
        staging.insert(importId, rows);
    }

    public Optional<ImportRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resolution_import WHERE id = ?").param(id).query(this::record)
                .optional();
    }

    /** Every row of the file, in order. */
    public List<SheetData.Row> rows(long importId) {
        return staging.rows(importId);
    }

    /** Stores the outcome of a check of every row and the counts; the import waits for confirmation. */
    public void saveChecked(long importId, List<RowOutcome> outcomes, String notice) {
        staging.saveVerdicts(importId, outcomes, (o, row) -> row.number(o.rowNumber()).text(o.action().name())
                .text(o.label()).text(o.problems().isEmpty() ? null : json.writeValueAsString(o.problems()))
                .text(o.changes().isEmpty() ? null : json.writeValueAsString(o.changes())));
        int[] counts = new int[RowAction.values().length];
        outcomes.forEach(o -> counts[o.action().ordinal()]++);
        jdbc.sql("""
                UPDATE resolution_import SET status = 'PREVIEW', create_count = ?, update_count = ?, unchanged_count = ?,
                    blank_count = ?, error_count = ?, notice = ?, updated_at = now() WHERE id = ?""")
                .params(counts[RowAction.CREATE.ordinal()], counts[RowAction.UPDATE.ordinal()],
                        counts[RowAction.UNCHANGED.ordinal()], counts[RowAction.BLANK.ordinal()],
                        counts[RowAction.ERROR.ordinal()], notice, importId)
                .update();
    }

    /** The stored outcome of every row, in order. */
    public List<RowOutcome> outcomes(long importId) {
        return jdbc.sql("""
                SELECT row_number, action, label, problems::text AS problems, changes::text AS changes
                FROM resolution_import_row
                WHERE import_id = ? AND action IS NOT NULL ORDER BY row_number""")
                .param(importId).query(this::outcome).list();
    }

    /** Marks an import written (only once: a second confirmation finds it done already). */
    public boolean done(long id, boolean onlyValid, int created, int updated) {
        return jdbc.sql("""
                UPDATE resolution_import SET status = 'DONE', only_valid = ?, created_count = ?, updated_count = ?,
                    notice = NULL, finished_at = now(), updated_at = now() WHERE id = ? AND status = 'PREVIEW'""")
                .params(onlyValid, created, updated, id).update() == 1;
    }

    /** After a confirmation only the rows left out stay, for the result page. */
    public void dropWrittenRows(long importId) {
        jdbc.sql("DELETE FROM resolution_import_row WHERE import_id = ? AND action IS DISTINCT FROM 'ERROR'")
                .param(importId).update();
    }

    public void cancel(long id) {
        jdbc.sql("DELETE FROM resolution_import_row WHERE import_id = ?").param(id).update();
        jdbc.sql("UPDATE resolution_import SET status = 'CANCELLED', updated_at = now() WHERE id = ? AND status = 'PREVIEW'")
                .param(id).update();
    }

    /** Imports untouched since {@code before} lose their rows; unconfirmed ones expire. */
    @Override
    public int expire(OffsetDateTime before) {
        jdbc.sql("""
                DELETE FROM resolution_import_row WHERE import_id IN (SELECT id FROM resolution_import
                    WHERE updated_at < ?)""").param(before).update();
        return jdbc.sql("""
                UPDATE resolution_import SET status = 'EXPIRED', updated_at = now()
                WHERE status = 'PREVIEW' AND updated_at < ?""").param(before).update();
    }

    private ImportRecord record(ResultSet rs, int n) throws SQLException {
        return new ImportRecord(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("resolution_id", Long.class), (Long) rs.getObject("period_id", Long.class),
                rs.getString("org_path"), rs.getString("file_name"), rs.getString("sheet_name"), rs.getInt("header_row"),
                json.readValue(rs.getString("headers"), STRINGS), json.readValue(rs.getString("mapping"), STRINGS),
                json.readValue(rs.getString("converted_columns"), STRINGS), ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("create_count"), rs.getInt("update_count"), rs.getInt("unchanged_count"),
                rs.getInt("blank_count"), rs.getInt("error_count"), rs.getInt("created_count"),
                rs.getInt("updated_count"), rs.getBoolean("only_valid"), rs.getString("notice"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("finished_at", OffsetDateTime.class));
    }

    private RowOutcome outcome(ResultSet rs, int n) throws SQLException {
        String problems = rs.getString("problems");
        String changes = rs.getString("changes");
        return new RowOutcome(rs.getInt("row_number"), RowAction.valueOf(rs.getString("action")), rs.getString("label"),
                problems == null ? List.of() : json.readValue(problems, PROBLEMS),
                changes == null ? List.of() : json.readValue(changes, CHANGES));
    }
}
