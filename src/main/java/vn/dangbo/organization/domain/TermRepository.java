package vn.dangbo.organization.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TermRepository {

    private final JdbcClient jdbc;

    TermRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Term> ofOrganization(long organizationId) {
        return jdbc.sql("""
                SELECT id, organization_id, label, starts_on, ends_on FROM organization_term
                WHERE organization_id = ? ORDER BY starts_on DESC""")
                .param(organizationId).query(Term.class).list();
    }

    public Optional<Term> findById(long id) {
        return jdbc.sql("SELECT id, organization_id, label, starts_on, ends_on FROM organization_term WHERE id = ?")
                .param(id).query(Term.class).optional();
    }

    /** The term covering a date, if any. */
    public Optional<Term> current(long organizationId, LocalDate on) {
        return jdbc.sql("""
                SELECT id, organization_id, label, starts_on, ends_on FROM organization_term
                WHERE organization_id = ? AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on DESC LIMIT 1""")
                .params(organizationId, on, on).query(Term.class).optional();
    }

    /** Ids among {@code organizationIds} that have a term covering the date. */
    public java.util.Set<Long> withCurrentTerm(java.util.Collection<Long> organizationIds, LocalDate on) {
        if (organizationIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT organization_id FROM organization_term
                WHERE organization_id IN (:ids) AND starts_on <= :on AND ends_on >= :on""")
                .param("ids", organizationIds).param("on", on).query(Long.class).list());
    }

    public long insert(long organizationId, String label, LocalDate startsOn, LocalDate endsOn, String actor) {
        return jdbc.sql("""
                INSERT INTO organization_term (organization_id, label, starts_on, ends_on, created_by)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(organizationId, label, startsOn, endsOn, actor).query(Long.class).single();
    }

    public boolean overlaps(long organizationId, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("""
                SELECT count(*) FROM organization_term
                WHERE organization_id = ? AND starts_on < ? AND ends_on > ?""")
                .params(organizationId, endsOn, startsOn).query(Long.class).single() > 0;
    }
}
