package vn.dangbo.organization.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.organization.PartyPosition;

@Repository
public class PositionRepository {

    private static final String COLUMNS = "id, organization_id, term_id, member_id, position, starts_on, ends_on, decision_ref ";
    private static final RowMapper<CommitteePosition> MAPPER = PositionRepository::map;

    private final JdbcClient jdbc;

    PositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static CommitteePosition map(ResultSet rs, int row) throws SQLException {
        long term = rs.getLong("term_id");
        Long termId = rs.wasNull() ? null : term;
        return new CommitteePosition(rs.getLong("id"), rs.getLong("organization_id"), termId, rs.getLong("member_id"),
                PartyPosition.valueOf(rs.getString("position")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("decision_ref"));
    }

    /** Every position of the organization, current and past, in rank order then start date. */
    public List<CommitteePosition> ofOrganization(long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM committee_position WHERE organization_id = ?
                         ORDER BY (ends_on IS NOT NULL), array_position(ARRAY['SECRETARY','DEPUTY_SECRETARY',
                           'STANDING_COMMITTEE_MEMBER','COMMITTEE_MEMBER','GROUP_LEADER'], position), starts_on DESC, id""")
                .param(organizationId).query(MAPPER).list();
    }

    public Optional<CommitteePosition> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee_position WHERE id = ?").param(id).query(MAPPER).optional();
    }

    public List<CommitteePosition> ofMember(long memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee_position WHERE member_id = ? ORDER BY starts_on DESC")
                .param(memberId).query(MAPPER).list();
    }

    /** Organizations (of those given) that have someone holding the position on the date. */
    public java.util.Set<Long> organizationsWithHolder(Collection<Long> organizationIds, PartyPosition position,
            LocalDate on) {
        if (organizationIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT organization_id FROM committee_position
                WHERE organization_id IN (:ids) AND position = :position AND starts_on <= :on
                  AND (ends_on IS NULL OR ends_on >= :on)""")
                .param("ids", organizationIds).param("position", position.name()).param("on", on)
                .query(Long.class).list());
    }

    /** Members holding the position on the date in organizations whose path starts with the prefix. */
    public List<Long> holders(PartyPosition position, String pathPrefix, LocalDate on) {
        return jdbc.sql("""
                SELECT DISTINCT p.member_id FROM committee_position p JOIN party_organization o ON o.id = p.organization_id
                WHERE p.position = :position AND o.path LIKE :prefix AND p.starts_on <= :on
                  AND (p.ends_on IS NULL OR p.ends_on >= :on)""")
                .param("position", position.name()).param("prefix", pathPrefix + "%").param("on", on)
                .query(Long.class).list();
    }

    public long insert(long organizationId, Long termId, long memberId, PartyPosition position, LocalDate startsOn,
            String decisionRef, String actor) {
        return jdbc.sql("""
                INSERT INTO committee_position (organization_id, term_id, member_id, position, starts_on, decision_ref,
                    created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(organizationId, termId, memberId, position.name(), startsOn, decisionRef, actor, actor)
                .query(Long.class).single();
    }

    public void end(long id, LocalDate endsOn, String actor) {
        jdbc.sql("UPDATE committee_position SET ends_on = ?, updated_at = now(), updated_by = ? WHERE id = ?")
                .params(endsOn, actor, id).update();
    }
}
