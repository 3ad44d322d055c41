package vn.dangbo.resolution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.resolution.PeriodKind;

@Repository
public class PeriodRepository {

    private static final String COLUMNS = """
            id, organization_id, org_path, year, kind, starts_on, ends_on, status, opened_at, opened_by, closed_at, closed_by
            """;

    private final JdbcClient jdbc;

    PeriodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportingPeriod> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_period WHERE id = ?").param(id)
                .query(ReportingPeriod.class).optional();
    }

    /** Periods by id, in one query (the roll-up's wards' periods), keyed by id. */
    public java.util.Map<Long, ReportingPeriod> findAllById(java.util.Collection<Long> ids) {
        java.util.Map<Long, ReportingPeriod> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM reporting_period WHERE id = ANY(:ids)")
                    .param("ids", ids.toArray(Long[]::new)).query(ReportingPeriod.class).list()
                    .forEach(p -> byId.put(p.id(), p));
        }
        return byId;
    }

    /** Periods of an organization, newest first. */
    public List<ReportingPeriod> ofOrganization(long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_period WHERE organization_id = ? ORDER BY ends_on DESC, id DESC")
                .param(organizationId).query(ReportingPeriod.class).list();
    }

    public boolean exists(long organizationId, int year, PeriodKind kind) {
        return jdbc.sql("SELECT count(*) FROM reporting_period WHERE organization_id = ? AND year = ? AND kind = ?")
                .params(organizationId, year, kind.name()).query(Long.class).single() > 0;
    }

    public long insert(long organizationId, String orgPath, int year, PeriodKind kind, LocalDate startsOn,
            LocalDate endsOn, String actor) {
        return jdbc.sql("""
                INSERT INTO reporting_period (organization_id, org_path, year, kind, starts_on, ends_on, status, opened_by)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?) RETURNING id""")
                .params(organizationId, orgPath, year, kind.name(), startsOn, endsOn, actor).query(Long.class).single();
    }

    public void close(long id, String actor) {
        jdbc.sql("UPDATE reporting_period SET status = 'CLOSED', closed_at = now(), closed_by = ? WHERE id = ?")
                .params(actor, id).update();
    }

    public void reopen(long id, String actor) {
        jdbc.sql("UPDATE reporting_period SET status = 'OPEN', closed_at = NULL, closed_by = NULL, opened_by = ?, opened_at = now() WHERE id = ?")
                .params(actor, id).update();
    }
}
