package vn.dangbo.resolution.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.resolution.TargetData;

@Repository
public class TargetRepository {

    private static final String COLUMNS = """
            id, resolution_id, position, code, name, unit, area, kind, accumulation, term_value, display_decimals,
            rollup, indicator_code, notes, version
            """;

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the row last changed (for the message that refuses a change made from an older version). */
    public Optional<java.time.OffsetDateTime> changedAt(long id) {
        return jdbc.sql("SELECT updated_at FROM target WHERE id = ?").param(id)
                .query(java.time.OffsetDateTime.class).optional();
    }

    public Optional<Target> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE id = ?").param(id).query(Target.class).optional();
    }

    public List<Target> ofResolution(long resolutionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE resolution_id = ? ORDER BY position, id")
                .param(resolutionId).query(Target.class).list();
    }

    public Optional<Target> findByCode(long resolutionId, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM target WHERE resolution_id = ? AND code = ?")
                .params(resolutionId, code).query(Target.class).optional();
    }

    public int nextPosition(long resolutionId) {
        return jdbc.sql("SELECT COALESCE(max(position), 0) + 1 FROM target WHERE resolution_id = ?")
                .param(resolutionId).query(Integer.class).single();
    }

    public long insert(long resolutionId, int position, TargetData d, String actor) {
        long id = jdbc.sql("""
                INSERT INTO target (resolution_id, position, code, name, unit, area, kind, accumulation, term_value,
                    display_decimals, rollup, indicator_code, notes, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(resolutionId, position, d.code(), d.name(), d.unit(), d.area().name(), d.kind().name(),
                        d.accumulation().name(), d.termValue(), d.displayDecimals(), d.rollup().name(),
                        d.indicatorCode(), d.notes(), actor, actor)
                .query(Long.class).single();
        return id;
    }

    public boolean update(long id, int version, TargetData d, String actor) {
        return jdbc.sql("""
                UPDATE target SET code = ?, name = ?, unit = ?, area = ?, kind = ?, accumulation = ?, term_value = ?,
                    display_decimals = ?, rollup = ?, indicator_code = ?, notes = ?, updated_at = now(), updated_by = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.code(), d.name(), d.unit(), d.area().name(), d.kind().name(), d.accumulation().name(),
                        d.termValue(), d.displayDecimals(), d.rollup().name(), d.indicatorCode(), d.notes(), actor, id,
                        version)
                .update() == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM target WHERE id = ?").param(id).update();
    }

    public boolean hasResults(long id) {
        return jdbc.sql("SELECT count(*) FROM target_result WHERE target_id = ?").param(id).query(Long.class).single() > 0;
    }

    public List<TargetPlan> plans(long targetId) {
        return jdbc.sql("SELECT target_id, year, plan_value, total FROM target_plan WHERE target_id = ? ORDER BY year")
                .param(targetId).query(TargetPlan.class).list();
    }

    /** Plans of every target of a resolution. */
    public List<TargetPlan> plansOfResolution(long resolutionId) {
        return jdbc.sql("""
                SELECT p.target_id, p.year, p.plan_value, p.total FROM target_plan p
                JOIN target t ON t.id = p.target_id WHERE t.resolution_id = ? ORDER BY p.target_id, p.year""")
                .param(resolutionId).query(TargetPlan.class).list();
    }

    public void replacePlans(long targetId, Map<Integer, TargetData.Plan> plans) {
        jdbc.sql("DELETE FROM target_plan WHERE target_id = ?").param(targetId).update();
        plans.forEach((year, plan) -> jdbc.sql(
                        "INSERT INTO target_plan (target_id, year, plan_value, total) VALUES (?, ?, ?, ?)")
                .params(targetId, year, plan.value(), plan.total()).update());
    }

    public List<Long> owners(long targetId) {
        return jdbc.sql("SELECT organization_id FROM target_owner WHERE target_id = ? ORDER BY organization_id")
                .param(targetId).query(Long.class).list();
    }

    /** Owners of every target of a resolution, as (target id, organization id) pairs. */
    public List<long[]> ownersOfResolution(long resolutionId) {
        return jdbc.sql("""
                SELECT o.target_id, o.organization_id FROM target_owner o JOIN target t ON t.id = o.target_id
                WHERE t.resolution_id = ?""")
                .param(resolutionId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    public void replaceOwners(long targetId, Map<Long, String> ownerPaths) {
        jdbc.sql("DELETE FROM target_owner WHERE target_id = ?").param(targetId).update();
        ownerPaths.forEach((org, path) -> jdbc.sql(
                        "INSERT INTO target_owner (target_id, organization_id, org_path) VALUES (?, ?, ?)")
                .params(targetId, org, path).update());
    }

    public boolean isOwner(long targetId, long organizationId) {
        return jdbc.sql("SELECT count(*) FROM target_owner WHERE target_id = ? AND organization_id = ?")
                .params(targetId, organizationId).query(Long.class).single() > 0;
    }

    /** The shared indicators as (code, name) pairs, by name. */
    public List<String[]> indicators() {
        return jdbc.sql("SELECT code, name FROM indicator ORDER BY name")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }
}
