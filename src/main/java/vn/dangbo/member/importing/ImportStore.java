package vn.dangbo.member.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.shared.importing.StagedImports;
import vn.dangbo.shared.importing.StagingTable;
import vn.dangbo.shared.spreadsheet.SheetData;

/** SQL for imports and their rows (tables member_import and member_import_row). */
@Repository
public class ImportStore implements StagedImports {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {};
    private static final TypeReference<List<ImportRecord.ConvertedColumn>> CONVERTED = new TypeReference<>() {};

    private static final String COLUMNS = """
            id, file_name, detected_encoding, target_organization_id, scope_path, headers, mapping, status, total_rows,
            processed_rows, created_count, updated_count, error_count, failure, created_at, created_by, finished_at,
            sheet_name, header_row, header_row_count, converted_columns, only_valid, create_count, update_count,
            unchanged_count, planned_rows, notice, heartbeat_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StagingTable staging;

    ImportStore(JdbcClient jdbc, javax.sql.DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.staging = new StagingTable("member_import_row", List.of(new StagingTable.Column("action", "text"),
                new StagingTable.Column("member_id", "bigint"), new StagingTable.Column("full_name", "text"),
                new StagingTable.Column("problems", "jsonb")), jdbc, dataSource, json);
    }

    /** What an upload stores before the rows. */
    public record NewImport(String fileName, String encoding, Long targetOrganizationId, String scopePath,
            List<String> headers, List<String> mapping, List<List<String>> headerBlock, ImportStatus status,
            int totalRows, String sheetName, int headerRow, int headerRowCount,
            List<ImportRecord.ConvertedColumn> converted, String actor) {}

    public long create(NewImport n) {
        return jdbc.sql("""
                INSERT INTO member_import (file_name, detected_encoding, target_organization_id, scope_path, headers,
                    mapping, raw_rows, status, total_rows, sheet_name, header_row, header_row_count, converted_columns,
                    created_by)
                VALUES (:file, :encoding, :target, :scope, CAST(:headers AS jsonb), CAST(:mapping AS jsonb),
                    CAST(:raw AS jsonb), :status, :total, :sheet, :headerRow, :headerRows, CAST(:converted AS jsonb),
                    :actor)
                RETURNING id""")
                .param("file", n.fileName()).param("encoding", n.encoding()).param("target", n.targetOrganizationId())
                .param("scope", n.scopePath()).param("headers", json.writeValueAsString(n.headers()))
                .param("mapping", json.writeValueAsString(n.mapping()))
                .param("raw", json.writeValueAsString(n.headerBlock())).param("status", n.status().name())
                .param("total", n.totalRows()).param("sheet", n.sheetName()).param("headerRow", n.headerRow())
                .param("headerRows", n.headerRowCount()).param("converted", json.writeValueAsString(n.converted()))
                .param("actor", n.actor())
                .query(Long.class).single();
    }

    /** The rows of the file, streamed into the staging table with one COPY (in the caller's transaction). */
    public void insertRows(long importId, List<SheetData.Row> rows) {
        staging.insert(importId, rows);
    }

    public java.util.Optional<ImportRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_import WHERE id = ?").param(id).query(this::record).optional();
    }

    /** The latest imports of an account, newest first. */
    public List<ImportRecord> recent(String actor, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_import WHERE created_by = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(actor, limit).query(this::record).list();
    }

    /** Every row of the file, in order. */
    public List<SheetData.Row> rows(long importId) {
        return staging.rows(importId);
    }

    /** The outcome of checking one row. */
    public record RowOutcome(int rowNumber, RowAction action, Long memberId, String fullName, List<RowProblem> problems) {}

    /** The outcome of every row, set-based (see {@link StagingTable#saveVerdicts}). */
    public void saveOutcomes(long importId, List<RowOutcome> outcomes) {
        staging.saveVerdicts(importId, outcomes, (o, row) -> row.number(o.rowNumber()).text(o.action().name())
                .number(o.memberId()).text(o.fullName())
                .text(o.problems().isEmpty() ? null : json.writeValueAsString(o.problems())));
    }

    /** The stored outcome of every row, in order. */
    public List<RowOutcome> outcomes(long importId) {
        return jdbc.sql("""
                SELECT row_number, action, member_id, full_name, problems::text AS problems FROM member_import_row
                WHERE import_id = ? AND action IS NOT NULL ORDER BY row_number""")
                .param(importId).query(this::outcome).list();
    }

    /** Rows with problems, in order. */
    public List<RowOutcome> errors(long importId, int limit) {
        return jdbc.sql("""
                SELECT row_number, action, member_id, full_name, problems::text AS problems FROM member_import_row
                WHERE import_id = ? AND action = 'ERROR' ORDER BY row_number LIMIT ?""")
                .params(importId, limit).query(this::outcome).list();
    }

    /** The first rows that a confirmation would write, with their cells. */
    public List<SheetData.Row> firstImportable(long importId, int limit) {
        return jdbc.sql("""
                SELECT row_number, cells::text AS cells FROM member_import_row
                WHERE import_id = ? AND action IN ('CREATE', 'UPDATE') ORDER BY row_number LIMIT ?""")
                .params(importId, limit)
                .query((rs, n) -> new SheetData.Row(rs.getInt("row_number"), json.readValue(rs.getString("cells"), STRINGS)))
                .list();
    }

    public void saveMapping(long id, List<String> mapping, Long targetOrganizationId) {
        jdbc.sql("""
                UPDATE member_import SET mapping = CAST(:mapping AS jsonb), target_organization_id = :target,
                    updated_at = now() WHERE id = :id""")
                .param("mapping", json.writeValueAsString(mapping)).param("target", targetOrganizationId)
                .param("id", id).update();
    }

    /** Counts of the last check; the import waits for confirmation (with a notice to show, or none). */
    public void checked(long id, int create, int update, int unchanged, int errors, String notice) {
        jdbc.sql("""
                UPDATE member_import SET status = 'PREVIEW', create_count = ?, update_count = ?, unchanged_count = ?,
                    error_count = ?, notice = ?, processed_rows = 0, updated_at = now() WHERE id = ?""")
                .params(create, update, unchanged, errors, notice, id).update();
    }

    public void setStatus(long id, ImportStatus status) {
        jdbc.sql("UPDATE member_import SET status = ?, updated_at = now() WHERE id = ?").params(status.name(), id).update();
    }

    /** Confirms an import that waits for it (only once: a second click finds it queued already). */
    public boolean queue(long id, boolean onlyValid, int planned, String worker) {
        return jdbc.sql("""
                UPDATE member_import SET status = 'QUEUED', only_valid = ?, planned_rows = ?, processed_rows = 0,
                    notice = NULL, failure = NULL, worker = ?, heartbeat_at = now(), updated_at = now()
                WHERE id = ? AND status = 'PREVIEW'""")
                .params(onlyValid, planned, worker, id).update() == 1;
    }

    /**
     * Queues a failed run again with the rows and choices it was confirmed with (only once, and only while its
     * checked rows are still kept); the runner checks every row again before writing.
     */
    public boolean requeue(long id, String worker) {
        return jdbc.sql("""
                UPDATE member_import SET status = 'QUEUED', processed_rows = 0, notice = NULL, failure = NULL,
                    finished_at = NULL, worker = ?, heartbeat_at = now(), updated_at = now()
                WHERE id = ? AND status = 'FAILED'
                  AND EXISTS (SELECT 1 FROM member_import_row r WHERE r.import_id = member_import.id
                              AND r.action IN ('CREATE', 'UPDATE'))""")
                .params(worker, id).update() == 1;
    }

    /** Whether a failed run still has its checked rows to write again. */
    public boolean hasImportableRows(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM member_import_row WHERE import_id = ? AND action IN ('CREATE', 'UPDATE'))")
                .param(id).query(Boolean.class).single();
    }

    /** The worker starts the run; false when the run is no longer queued (the sweep gave up on it meanwhile). */
    public boolean running(long id) {
        return jdbc.sql("""
                UPDATE member_import SET status = 'RUNNING', heartbeat_at = now(), updated_at = now()
                WHERE id = ? AND status = 'QUEUED'""")
                .param(id).update() == 1;
    }

    /** The worker still holds these imports. */
    public void touch(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE member_import SET heartbeat_at = now() WHERE id IN (:ids) AND status IN ('QUEUED', 'RUNNING')")
                    .param("ids", ids).update();
        }
    }

    /** The workers of runs not finished, to find those whose process is gone. */
    public List<String> workersOfUnfinishedRuns() {
        return jdbc.sql("SELECT DISTINCT worker FROM member_import WHERE status IN ('QUEUED', 'RUNNING') AND worker IS NOT NULL")
                .query(String.class).list();
    }

    /**
     * Marks failed the unfinished runs of a worker that is gone, or (worker null) those whose heartbeat is older than
     * {@code staleSeconds}: one conditional UPDATE, so two instances sweeping at once mark each run once.
     *
     * @return the ids marked failed
     */
    public List<Long> failInterrupted(String worker, int staleSeconds) {
        return jdbc.sql("""
                UPDATE member_import SET status = 'FAILED', failure = 'member.import.failure.interrupted',
                    finished_at = now(), updated_at = now()
                WHERE status IN ('QUEUED', 'RUNNING')
                  AND (CAST(:worker AS text) IS NOT NULL AND worker = :worker
                       OR CAST(:worker AS text) IS NULL AND heartbeat_at < now() - make_interval(secs => :stale))
                RETURNING id""")
                .param("worker", worker).param("stale", staleSeconds).query(Long.class).list();
    }

    /** Progress of a run, written in its own short transaction so that the progress page sees it at once. */
    public void progress(long id, int processed) {
        jdbc.sql("UPDATE member_import SET processed_rows = ?, heartbeat_at = now() WHERE id = ?").params(processed, id)
                .update();
    }

    /**
     * Marks the run written, in the run's own transaction; false when it is no longer running (the sweep marked it
     * failed meanwhile): the caller then rolls the whole run back, so a failed import never has written rows.
     */
    public boolean done(long id, int created, int updated, int processed) {
        return jdbc.sql("""
                UPDATE member_import SET status = 'DONE', created_count = ?, updated_count = ?, processed_rows = ?,
                    finished_at = now(), heartbeat_at = now(), updated_at = now() WHERE id = ? AND status = 'RUNNING'""")
                .params(created, updated, processed, id).update() == 1;
    }

    /** Marks an unfinished run failed (a run the sweep already marked keeps its explanation). */
    public void failed(long id, String failureKey) {
        jdbc.sql("""
                UPDATE member_import SET status = 'FAILED', failure = ?, finished_at = now(), updated_at = now()
                WHERE id = ? AND status IN ('QUEUED', 'RUNNING')""").params(failureKey, id).update();
    }

    /** Drops an import that waits for confirmation or whose run failed, with its rows; false in any other state. */
    public boolean cancel(long id) {
        jdbc.sql("DELETE FROM member_import_row WHERE import_id = ?").param(id).update();
        return jdbc.sql("""
                UPDATE member_import SET status = 'CANCELLED', updated_at = now()
                WHERE id = ? AND status IN ('MAPPING', 'PREVIEW', 'FAILED')""").param(id).update() == 1;
    }

    /** After a run, only the rows that were left out stay (to list them on the result page). */
    public void dropWrittenRows(long importId) {
        jdbc.sql("DELETE FROM member_import_row WHERE import_id = ? AND action IS DISTINCT FROM 'ERROR'").param(importId)
                .update();
    }

    public void dropRows(long importId) {
        jdbc.sql("DELETE FROM member_import_row WHERE import_id = ?").param(importId).update();
    }

    /**
     * Imports untouched since {@code before} lose their rows (the rows of an unconfirmed import, the bad rows listed
     * on a result page) and unconfirmed ones expire. Runs whose worker is gone are marked failed by {@code ImportSweep}.
     */
    @Override
    public int expire(OffsetDateTime before) {
        jdbc.sql("""
                DELETE FROM member_import_row WHERE import_id IN (SELECT id FROM member_import
                    WHERE status NOT IN ('QUEUED', 'RUNNING') AND updated_at < ?)""").param(before).update();
        return jdbc.sql("""
                UPDATE member_import SET status = 'EXPIRED', updated_at = now()
                WHERE status IN ('MAPPING', 'PREVIEW') AND updated_at < ?""").param(before).update();
    }

    private ImportRecord record(ResultSet rs, int n) throws SQLException {
        long target = rs.getLong("target_organization_id");
        Long targetId = rs.wasNull() ? null : target;
        int headerRow = rs.getInt("header_row");
        Integer headerRowValue = rs.wasNull() ? null : headerRow;
        String converted = rs.getString("converted_columns");
        String mapping = rs.getString("mapping");
        return new ImportRecord(rs.getLong("id"), rs.getString("file_name"), rs.getString("detected_encoding"), targetId,
                rs.getString("scope_path"), json.readValue(rs.getString("headers"), STRINGS),
                mapping == null ? List.of() : json.readValue(mapping, STRINGS),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("error_count"),
                rs.getString("failure"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("sheet_name"), headerRowValue,
                rs.getInt("header_row_count"), converted == null ? List.of() : json.readValue(converted, CONVERTED),
                rs.getBoolean("only_valid"), rs.getInt("create_count"), rs.getInt("update_count"),
                rs.getInt("unchanged_count"), rs.getInt("planned_rows"), rs.getString("notice"),
                rs.getObject("heartbeat_at", OffsetDateTime.class));
    }

    private RowOutcome outcome(ResultSet rs, int n) throws SQLException {
        long member = rs.getLong("member_id");
        Long memberId = rs.wasNull() ? null : member;
        String problems = rs.getString("problems");
        return new RowOutcome(rs.getInt("row_number"), RowAction.valueOf(rs.getString("action")), memberId,
                rs.getString("full_name"), problems == null ? List.of() : json.readValue(problems, PROBLEMS));
    }
}
