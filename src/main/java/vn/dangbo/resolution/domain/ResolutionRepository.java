package vn.dangbo.resolution.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.resolution.ResolutionData;

@Repository
public class ResolutionRepository {

    private static final String COLUMNS = """
            id, organization_id, org_path, kind, number, title, issued_on, start_year, end_year, general_goal, version
            """;

    private final JdbcClient jdbc;

    ResolutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the row last changed (for the message that refuses a change made from an older version). */
    public Optional<java.time.OffsetDateTime> changedAt(long id) {
        return jdbc.sql("SELECT updated_at FROM resolution WHERE id = ?").param(id)
                .query(java.time.OffsetDateTime.class).optional();
    }

    public Optional<Resolution> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resolution WHERE id = ?").param(id).query(Resolution.class).optional();
    }

    /**
     * Resolutions a person with this scope may read: those of organizations within the scope, and those of the
     * organizations above it (a cell reads its ward's resolutions). Newest first.
     */
    public List<Resolution> readable(String scopePath, List<String> ancestorPaths, Integer year) {
        return jdbc.sql("SELECT " + COLUMNS + """
                FROM resolution WHERE (org_path LIKE :scope OR org_path IN (:ancestors))
                  AND (CAST(:year AS int) IS NULL OR (start_year <= :year AND end_year >= :year))
                ORDER BY issued_on DESC, id DESC""")
                .param("scope", scopePath + "%")
                .param("ancestors", ancestorPaths.isEmpty() ? List.of("") : ancestorPaths)
                .param("year", year)
                .query(Resolution.class).list();
    }

    /**
     * The resolution a dashboard opens on for this scope: the latest annual one of the scope's own organization
     * (the year's figures people review), else its newest; else the same of the nearest organization above (a
     * cell secretary gets the ward's). Empty when neither issued one (a province office whose wards did: it
     * opens on the province overview instead).
     */
    public Optional<Resolution> firstForScope(String scopePath, List<String> ancestorPaths) {
        return jdbc.sql("SELECT " + COLUMNS + """
                FROM resolution WHERE org_path = :scope OR org_path IN (:ancestors)
                ORDER BY length(org_path) DESC, (kind = 'ANNUAL') DESC, end_year DESC, issued_on DESC, id DESC
                LIMIT 1""")
                .param("scope", scopePath)
                .param("ancestors", ancestorPaths.isEmpty() ? List.of("") : ancestorPaths)
                .query(Resolution.class).optional();
    }

    /** Every resolution one organization issued, newest first. */
    public List<Resolution> ofOrganization(long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resolution WHERE organization_id = ? ORDER BY issued_on DESC, id DESC")
                .param(organizationId).query(Resolution.class).list();
    }

    /** Resolutions an organization issued that are in force in a year, newest first. */
    public List<Resolution> ofOrganizationInYear(long organizationId, int year) {
        return jdbc.sql("SELECT " + COLUMNS + """
                FROM resolution WHERE organization_id = ? AND start_year <= ? AND end_year >= ?
                ORDER BY issued_on DESC, id DESC""")
                .params(organizationId, year, year).query(Resolution.class).list();
    }

    public long insert(long organizationId, String orgPath, ResolutionData d, String actor) {
        return jdbc.sql("""
                INSERT INTO resolution (organization_id, org_path, kind, number, title, issued_on, start_year, end_year,
                    general_goal, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(organizationId, orgPath, d.kind().name(), d.number(), d.title(), d.issuedOn(), d.startYear(),
                        d.endYear(), d.generalGoal(), actor, actor)
                .query(Long.class).single();
    }

    public boolean update(long id, int version, ResolutionData d, String actor) {
        return jdbc.sql("""
                UPDATE resolution SET kind = ?, number = ?, title = ?, issued_on = ?, start_year = ?, end_year = ?,
                    general_goal = ?, updated_at = now(), updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.kind().name(), d.number(), d.title(), d.issuedOn(), d.startYear(), d.endYear(),
                        d.generalGoal(), actor, id, version)
                .update() == 1;
    }

    public List<ResolutionItem> items(long resolutionId) {
        return jdbc.sql("""
                SELECT id, resolution_id, kind, area, position, text FROM resolution_item
                WHERE resolution_id = ? ORDER BY kind, position""")
                .param(resolutionId).query(ResolutionItem.class).list();
    }

    public void replaceItems(long resolutionId, List<ResolutionData.Item> items) {
        jdbc.sql("DELETE FROM resolution_item WHERE resolution_id = ?").param(resolutionId).update();
        int position = 0;
        for (ResolutionData.Item item : items) {
            jdbc.sql("INSERT INTO resolution_item (resolution_id, kind, area, position, text) VALUES (?, ?, ?, ?, ?)")
                    .params(resolutionId, item.kind().name(), item.area() == null ? null : item.area().name(),
                            ++position, item.text())
                    .update();
        }
    }

    /** Keeps the copies of organization paths in step when a subtree moves. */
    public void movePaths(String oldPath, String newPath) {
        for (String[] column : new String[][] {{"resolution", "org_path"}, {"target_owner", "org_path"},
                {"reporting_period", "org_path"}, {"action_program", "org_path"}, {"task", "lead_path"},
                {"task_cooperator", "org_path"}}) {
            jdbc.sql("UPDATE " + column[0] + " SET " + column[1] + " = :newPath || substr(" + column[1]
                            + ", :oldLen + 1) WHERE " + column[1] + " LIKE :old")
                    .param("newPath", newPath).param("oldLen", oldPath.length()).param("old", oldPath + "%").update();
        }
    }
}
