package vn.dangbo.resolution.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.resolution.ResultStatus;

@Repository
public class ResultRepository {

    private static final String COLUMNS = """
            id, target_id, period_id, organization_id, value, total, note, status, entered_by, entered_at, reviewed_by,
            reviewed_at, review_note, version
            """;

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the row last changed (for the message that refuses a change made from an older version). */
    public Optional<java.time.OffsetDateTime> changedAt(long id) {
        return jdbc.sql("SELECT greatest(entered_at, reviewed_at) FROM target_result WHERE id = ?").param(id)
                .query(java.time.OffsetDateTime.class).optional();
    }

    public Optional<TargetResult> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM target_result WHERE id = ?").param(id).query(TargetResult.class).optional();
    }

    public Optional<TargetResult> find(long targetId, long periodId, long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM target_result WHERE target_id = ? AND period_id = ? AND organization_id = ?")
                .params(targetId, periodId, organizationId).query(TargetResult.class).optional();
    }

    public List<TargetResult> ofTargetInPeriod(long targetId, long periodId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM target_result WHERE target_id = ? AND period_id = ? ORDER BY organization_id")
                .params(targetId, periodId).query(TargetResult.class).list();
    }

    public List<TargetResult> ofPeriod(long periodId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM target_result WHERE period_id = ? ORDER BY target_id, organization_id")
                .param(periodId).query(TargetResult.class).list();
    }

    public long insert(long targetId, long periodId, long organizationId, BigDecimal value, BigDecimal total,
            String note, String actor) {
        return jdbc.sql("""
                INSERT INTO target_result (target_id, period_id, organization_id, value, total, note, status, entered_by)
                VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?) RETURNING id""")
                .params(targetId, periodId, organizationId, value, total, note, actor).query(Long.class).single();
    }

    public boolean update(long id, int version, BigDecimal value, BigDecimal total, String note, String actor) {
        return jdbc.sql("""
                UPDATE target_result SET value = ?, total = ?, note = ?, status = 'SUBMITTED', entered_by = ?,
                    entered_at = now(), reviewed_by = NULL, reviewed_at = NULL, review_note = NULL, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(value, total, note, actor, id, version).update() == 1;
    }

    public void review(long id, ResultStatus status, String note, String actor) {
        jdbc.sql("""
                UPDATE target_result SET status = ?, review_note = ?, reviewed_by = ?, reviewed_at = now(),
                    version = version + 1 WHERE id = ?""")
                .params(status.name(), note, actor, id).update();
    }

    public void history(long resultId, String action, BigDecimal value, BigDecimal total, String note,
            ResultStatus status, String actor) {
        jdbc.sql("""
                INSERT INTO target_result_history (result_id, action, value, total, note, status, actor)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(resultId, action, value, total, note, status.name(), actor).update();
    }

    public List<ResultChange> historyOf(long resultId) {
        return jdbc.sql("""
                SELECT id, result_id, action, value, total, note, status, actor, at FROM target_result_history
                WHERE result_id = ? ORDER BY at DESC, id DESC""")
                .param(resultId).query(ResultChange.class).list();
    }
}
