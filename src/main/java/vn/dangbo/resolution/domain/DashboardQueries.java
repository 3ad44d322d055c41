package vn.dangbo.resolution.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.resolution.PeriodKind;

/**
 * The aggregations behind the dashboards, done by PostgreSQL: the value of each target in a period is the value
 * entered for the issuing organization (DIRECT) or the sum, average or minimum of its owners' values (values sent
 * back for correction excluded); the plan is the year's plan, or the term value for mid-term and term periods.
 */
@Repository
public class DashboardQueries {

    /** The value of a target in a period as SQL, over joined rows r (results) and res (the resolution). */
    static final String VALUE = """
            CASE t.rollup
              WHEN 'DIRECT' THEN max(r.value) FILTER (WHERE r.organization_id = res.organization_id)
              WHEN 'SUM' THEN sum(r.value) FILTER (WHERE r.organization_id <> res.organization_id)
              WHEN 'AVERAGE' THEN round(avg(r.value) FILTER (WHERE r.organization_id <> res.organization_id), 4)
              WHEN 'MIN' THEN min(r.value) FILTER (WHERE r.organization_id <> res.organization_id)
            END""";

    static final String TOTAL = """
            CASE t.rollup
              WHEN 'DIRECT' THEN max(r.total) FILTER (WHERE r.organization_id = res.organization_id)
              WHEN 'SUM' THEN sum(r.total) FILTER (WHERE r.organization_id <> res.organization_id)
              ELSE NULL
            END""";

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One target's figures in one period. */
    public record TargetFigures(long targetId, long periodId, BigDecimal plan, BigDecimal planTotal, BigDecimal value,
            BigDecimal total, long entries, long pendingReview, long owners, long ownersReported) {}

    /** Figures of every target of a resolution in one period. */
    public List<TargetFigures> figures(long resolutionId, ReportingPeriod period) {
        boolean term = period.kind().againstTerm();
        return jdbc.sql("""
                SELECT t.id AS target_id, :period AS period_id,
                       CASE WHEN :term THEN t.term_value ELSE p.plan_value END AS plan,
                       CASE WHEN :term THEN NULL ELSE p.total END AS plan_total,
                       """ + VALUE + " AS value, " + TOTAL + """
                        AS total,
                       count(r.id) AS entries,
                       count(r.id) FILTER (WHERE r.status = 'SUBMITTED') AS pending_review,
                       (SELECT count(*) FROM target_owner o WHERE o.target_id = t.id) AS owners,
                       count(DISTINCT r.organization_id) FILTER (WHERE r.organization_id <> res.organization_id) AS owners_reported
                FROM target t
                JOIN resolution res ON res.id = t.resolution_id
                LEFT JOIN target_plan p ON p.target_id = t.id AND p.year = :year
                LEFT JOIN target_result r ON r.target_id = t.id AND r.period_id = :period AND r.status <> 'RETURNED'
                WHERE t.resolution_id = :resolution
                GROUP BY t.id, t.position, t.rollup, t.term_value, p.plan_value, p.total, res.organization_id
                ORDER BY t.position, t.id""")
                .param("period", period.id()).param("term", term).param("year", period.year())
                .param("resolution", resolutionId)
                .query(DashboardQueries::figures).list();
    }

    /** Figures of every target of a resolution in every period of its organization within the resolution's years. */
    public List<TargetFigures> trend(long resolutionId) {
        return jdbc.sql("""
                SELECT t.id AS target_id, per.id AS period_id,
                       CASE WHEN per.kind IN ('MID_TERM', 'TERM') THEN t.term_value ELSE p.plan_value END AS plan,
                       p.total AS plan_total,
                       """ + VALUE + " AS value, " + TOTAL + """
                        AS total,
                       count(r.id) AS entries, 0 AS pending_review, 0 AS owners, 0 AS owners_reported
                FROM target t
                JOIN resolution res ON res.id = t.resolution_id
                JOIN reporting_period per ON per.organization_id = res.organization_id
                     AND per.year BETWEEN res.start_year AND res.end_year
                LEFT JOIN target_plan p ON p.target_id = t.id AND p.year = per.year
                LEFT JOIN target_result r ON r.target_id = t.id AND r.period_id = per.id AND r.status <> 'RETURNED'
                WHERE t.resolution_id = :resolution
                GROUP BY t.id, per.id, per.kind, per.ends_on, t.rollup, t.term_value, p.plan_value, p.total, res.organization_id
                ORDER BY t.id, per.ends_on, per.id""")
                .param("resolution", resolutionId)
                .query(DashboardQueries::figures).list();
    }

    private static TargetFigures figures(ResultSet rs, int row) throws SQLException {
        return new TargetFigures(rs.getLong("target_id"), rs.getLong("period_id"), rs.getBigDecimal("plan"),
                rs.getBigDecimal("plan_total"), rs.getBigDecimal("value"), rs.getBigDecimal("total"),
                rs.getLong("entries"), rs.getLong("pending_review"), rs.getLong("owners"), rs.getLong("owners_reported"));
    }

    /** One ward's figures for a shared indicator, for the province roll-up. */
    public record WardFigures(long organizationId, String orgPath, long resolutionId, long targetId, long periodId,
            String kind, String accumulation, int displayDecimals, String unit, BigDecimal plan, BigDecimal value,
            BigDecimal total) {}

    /**
     * For every organization under the scope whose resolution in force carries a target with the indicator code, and
     * which has a period of that year and kind: the target's plan and value. One row per organization (its annual
     * resolution preferred over its congress resolution).
     */
    public List<WardFigures> rollup(String indicatorCode, int year, PeriodKind periodKind, String scopePath) {
        boolean term = periodKind.againstTerm();
        return jdbc.sql("""
                SELECT DISTINCT ON (res.organization_id)
                       res.organization_id, res.org_path, res.id AS resolution_id, t.id AS target_id, per.id AS period_id,
                       t.kind, t.accumulation, t.display_decimals, t.unit,
                       CASE WHEN :term THEN t.term_value ELSE p.plan_value END AS plan,
                       """ + VALUE + " AS value, " + TOTAL + """
                        AS total
                FROM target t
                JOIN resolution res ON res.id = t.resolution_id
                JOIN reporting_period per ON per.organization_id = res.organization_id AND per.year = :year AND per.kind = :kind
                LEFT JOIN target_plan p ON p.target_id = t.id AND p.year = :year
                LEFT JOIN target_result r ON r.target_id = t.id AND r.period_id = per.id AND r.status <> 'RETURNED'
                WHERE t.indicator_code = :code AND res.org_path LIKE :scope
                  AND res.start_year <= :year AND res.end_year >= :year
                GROUP BY res.organization_id, res.org_path, res.id, res.kind, res.issued_on, t.id, per.id, p.plan_value,
                         p.total
                ORDER BY res.organization_id, (res.kind = 'ANNUAL') DESC, res.issued_on DESC, t.id""")
                .param("term", term).param("year", year).param("kind", periodKind.name())
                .param("code", indicatorCode).param("scope", scopePath + "%")
                .query((rs, n) -> new WardFigures(rs.getLong("organization_id"), rs.getString("org_path"),
                        rs.getLong("resolution_id"), rs.getLong("target_id"), rs.getLong("period_id"),
                        rs.getString("kind"), rs.getString("accumulation"), rs.getInt("display_decimals"),
                        rs.getString("unit"), rs.getBigDecimal("plan"), rs.getBigDecimal("value"),
                        rs.getBigDecimal("total")))
                .list();
    }

    /** A period (year and kind) and an indicator for the province roll-up to open on. */
    public record RollupStart(int year, PeriodKind periodKind, String indicatorCode) {}

    /**
     * The latest period (by its end) in which some organization under the scope reported a value of a shared
     * indicator, and among that period's indicators the one reported by most organizations (then by name).
     */
    public java.util.Optional<RollupStart> latestWithData(String scopePath) {
        return jdbc.sql("""
                SELECT per.year, per.kind, t.indicator_code
                FROM target_result r
                JOIN target t ON t.id = r.target_id
                JOIN indicator i ON i.code = t.indicator_code
                JOIN resolution res ON res.id = t.resolution_id
                JOIN reporting_period per ON per.id = r.period_id
                WHERE r.status <> 'RETURNED' AND res.org_path LIKE :scope
                GROUP BY per.year, per.kind, t.indicator_code, i.name
                ORDER BY max(per.ends_on) DESC, count(DISTINCT res.organization_id) DESC, i.name, t.indicator_code
                LIMIT 1""")
                .param("scope", scopePath + "%")
                .query((rs, n) -> new RollupStart(rs.getInt(1), PeriodKind.valueOf(rs.getString(2)), rs.getString(3)))
                .optional();
    }

    /**
     * A value an organization under the scope is to enter in an open period: each cascaded target it owns in
     * every open period of the issuing organization, and each direct target of its own resolutions; with the value
     * already entered, if any (values sent back for correction included, so that they are corrected).
     */
    public record OpenEntry(long periodId, PeriodKind periodKind, int year, java.time.LocalDate endsOn, long targetId,
            String code, String name, String unit, long organizationId, BigDecimal value, String status) {}

    /**
     * The values the scope's organizations are to type in open periods. A target whose indicator is counted from the
     * records is not among them: nobody types it (it is shown counted on the dashboards).
     */
    public List<OpenEntry> openEntries(String scopePath) {
        return jdbc.sql("""
                SELECT * FROM (
                  SELECT per.id AS period_id, per.kind, per.year, per.ends_on, t.id AS target_id, t.code, t.name, t.unit,
                         o.organization_id, r.value, r.status, t.position
                  FROM target t
                  JOIN resolution res ON res.id = t.resolution_id
                  JOIN target_owner o ON o.target_id = t.id AND o.org_path LIKE :scope
                  JOIN reporting_period per ON per.organization_id = res.organization_id AND per.status = 'OPEN'
                       AND per.year BETWEEN res.start_year AND res.end_year
                  LEFT JOIN target_result r ON r.target_id = t.id AND r.period_id = per.id
                       AND r.organization_id = o.organization_id
                  WHERE t.rollup <> 'DIRECT'
                    AND NOT EXISTS (SELECT 1 FROM indicator i WHERE i.code = t.indicator_code AND i.source IS NOT NULL)
                  UNION ALL
                  SELECT per.id, per.kind, per.year, per.ends_on, t.id, t.code, t.name, t.unit,
                         res.organization_id, r.value, r.status, t.position
                  FROM target t
                  JOIN resolution res ON res.id = t.resolution_id AND res.org_path LIKE :scope
                  JOIN reporting_period per ON per.organization_id = res.organization_id AND per.status = 'OPEN'
                       AND per.year BETWEEN res.start_year AND res.end_year
                  LEFT JOIN target_result r ON r.target_id = t.id AND r.period_id = per.id
                       AND r.organization_id = res.organization_id
                  WHERE t.rollup = 'DIRECT'
                    AND NOT EXISTS (SELECT 1 FROM indicator i WHERE i.code = t.indicator_code AND i.source IS NOT NULL)
                ) e
                ORDER BY (e.value IS NULL OR e.status = 'RETURNED') DESC, e.ends_on, e.period_id, e.position, e.target_id
                LIMIT 200""")
                .param("scope", scopePath + "%")
                .query((rs, n) -> new OpenEntry(rs.getLong("period_id"), PeriodKind.valueOf(rs.getString("kind")),
                        rs.getInt("year"), rs.getObject("ends_on", java.time.LocalDate.class), rs.getLong("target_id"),
                        rs.getString("code"), rs.getString("name"), rs.getString("unit"), rs.getLong("organization_id"),
                        rs.getBigDecimal("value"), rs.getString("status")))
                .list();
    }

    public List<String[]> indicators() {
        return jdbc.sql("SELECT code, name, unit FROM indicator ORDER BY name")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    /** Indicators with the number of targets that carry each, by name. */
    public List<vn.dangbo.resolution.Indicators.Indicator> indicatorsWithUse() {
        return jdbc.sql("""
                SELECT i.code, i.name, i.unit, i.description, count(t.id) AS targets
                FROM indicator i LEFT JOIN target t ON t.indicator_code = i.code
                GROUP BY i.code, i.name, i.unit, i.description ORDER BY i.name""")
                .query((rs, n) -> new vn.dangbo.resolution.Indicators.Indicator(rs.getString("code"), rs.getString("name"),
                        rs.getString("unit"), rs.getString("description"), rs.getLong("targets")))
                .list();
    }

    public void upsertIndicator(String code, String name, String unit, String description) {
        jdbc.sql("""
                INSERT INTO indicator (code, name, unit, description) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, unit = EXCLUDED.unit, description = EXCLUDED.description""")
                .params(code, name, unit, description).update();
    }
}
