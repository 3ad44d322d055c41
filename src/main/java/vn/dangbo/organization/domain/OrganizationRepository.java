package vn.dangbo.organization.domain;

import vn.dangbo.organization.OrganizationData;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.shared.text.VietnameseText;

@Repository
public class OrganizationRepository {

    private static final String COLUMNS = """
            id, parent_id, path, depth, kind, cell_type, name, place_name, established_on, dissolved_on,
            dissolution_reason, notes, updated_at, updated_by, version
            """;

    static final RowMapper<Organization> MAPPER = OrganizationRepository::map;

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        String cellType = rs.getString("cell_type");
        return new Organization(rs.getLong("id"), rs.wasNull() ? null : parent, rs.getString("path"),
                rs.getInt("depth"), OrganizationKind.valueOf(rs.getString("kind")),
                cellType == null ? null : CellType.valueOf(cellType), rs.getString("name"),
                rs.getString("place_name"), rs.getObject("established_on", LocalDate.class),
                rs.getObject("dissolved_on", LocalDate.class), rs.getString("dissolution_reason"),
                rs.getString("notes"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getInt("version"));
    }


    /** When the row last changed (for the message that refuses a change made from an older version). */
    public Optional<java.time.OffsetDateTime> changedAt(long id) {
        return jdbc.sql("SELECT updated_at FROM party_organization WHERE id = ?").param(id)
                .query(java.time.OffsetDateTime.class).optional();
    }

    public Optional<Organization> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM party_organization WHERE id = ?").param(id).query(MAPPER)
                .optional();
    }

    public Optional<String> pathOf(long id) {
        return jdbc.sql("SELECT path FROM party_organization WHERE id = ?").param(id).query(String.class).optional();
    }

    /** Direct children in Vietnamese name order. */
    public List<Organization> children(long parentId, boolean includeDissolved) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM party_organization WHERE parent_id = ?"
                        + (includeDissolved ? "" : " AND dissolved_on IS NULL") + " ORDER BY name_key, id")
                .param(parentId).query(MAPPER).list();
    }

    public List<Organization> roots() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM party_organization WHERE parent_id IS NULL ORDER BY name_key, id")
                .query(MAPPER).list();
    }

    /** Ancestors of a path from the root down, the organization itself excluded. */
    public List<Organization> ancestors(String path) {
        List<Long> ids = idsInPath(path);
        if (ids.size() <= 1) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM party_organization WHERE id IN (:ids) ORDER BY depth")
                .param("ids", ids.subList(0, ids.size() - 1)).query(MAPPER).list();
    }

    static List<Long> idsInPath(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** The whole subtree under a path (the organization included), ordered by depth then name. */
    public List<Organization> subtree(String path, boolean includeDissolved) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM party_organization WHERE path LIKE :p"
                        + (includeDissolved ? "" : " AND dissolved_on IS NULL") + " ORDER BY depth, name_key, id")
                .param("p", path + "%").query(MAPPER).list();
    }

    /** Organizations within a scope whose kind is one of {@code kinds}, in name order, for pickers. */
    public List<Organization> within(String scopePath, List<OrganizationKind> kinds, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM party_organization WHERE path LIKE :p AND kind IN (:kinds) AND dissolved_on IS NULL
                         ORDER BY name_key, id LIMIT :limit""")
                .param("p", scopePath + "%")
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query(MAPPER).list();
    }

    /** Organizations within a scope whose name contains the text, ignoring case (for pickers and imports). */
    public List<Organization> findByName(String scopePath, String name, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM party_organization WHERE path LIKE :p AND lower(name) LIKE :n AND dissolved_on IS NULL
                         ORDER BY depth, name_key, id LIMIT :limit""")
                .param("p", scopePath + "%")
                .param("n", "%" + name.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit)
                .query(MAPPER).list();
    }

    public long nextId() {
        return jdbc.sql("SELECT nextval('party_organization_id_seq')").query(Long.class).single();
    }

    public void insert(long id, Long parentId, String path, int depth, OrganizationData d, String actor) {
        jdbc.sql("""
                INSERT INTO party_organization (id, parent_id, path, depth, kind, cell_type, name, name_key,
                    place_name, established_on, notes, created_by, updated_by)
                VALUES (:id, :parent, :path, :depth, :kind, :cellType, :name, :key, :place, :established, :notes,
                    :actor, :actor)""")
                .param("id", id).param("parent", parentId).param("path", path).param("depth", depth)
                .param("kind", d.kind().name())
                .param("cellType", d.cellType() == null ? null : d.cellType().name())
                .param("name", d.name()).param("key", VietnameseText.sortKey(d.name()))
                .param("place", d.placeName()).param("established", d.establishedOn())
                .param("notes", d.notes()).param("actor", actor)
                .update();
    }

    /** Updates the editable fields if the version still matches; false when someone else changed it first. */
    public boolean update(long id, int version, OrganizationData d, String actor) {
        return jdbc.sql("""
                UPDATE party_organization SET kind = :kind, cell_type = :cellType, name = :name, name_key = :key,
                    place_name = :place, established_on = :established, notes = :notes, updated_at = now(),
                    updated_by = :actor, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version)
                .param("kind", d.kind().name())
                .param("cellType", d.cellType() == null ? null : d.cellType().name())
                .param("name", d.name()).param("key", VietnameseText.sortKey(d.name()))
                .param("place", d.placeName()).param("established", d.establishedOn())
                .param("notes", d.notes()).param("actor", actor)
                .update() == 1;
    }

    /** Re-roots the subtree at oldPath under newPath, fixing every path and depth in one statement. */
    public void move(long id, long newParentId, String oldPath, String newPath, String actor) {
        int depthDelta = (int) (newPath.chars().filter(c -> c == '/').count() - oldPath.chars().filter(c -> c == '/').count());
        jdbc.sql("""
                UPDATE party_organization SET path = :newPath || substr(path, :oldLen + 1), depth = depth + :delta,
                    updated_at = now(), updated_by = :actor, version = version + 1
                WHERE path LIKE :oldPrefix""")
                .param("newPath", newPath).param("oldLen", oldPath.length()).param("delta", depthDelta)
                .param("oldPrefix", oldPath + "%").param("actor", actor)
                .update();
        jdbc.sql("UPDATE party_organization SET parent_id = :parent WHERE id = :id")
                .param("parent", newParentId).param("id", id).update();
    }

    public void dissolve(long id, LocalDate on, String reason, String actor) {
        jdbc.sql("""
                UPDATE party_organization SET dissolved_on = :on, dissolution_reason = :reason, updated_at = now(),
                    updated_by = :actor, version = version + 1 WHERE id = :id""")
                .param("id", id).param("on", on).param("reason", reason).param("actor", actor).update();
    }

    public int countActiveChildren(long id) {
        return jdbc.sql("SELECT count(*) FROM party_organization WHERE parent_id = ? AND dissolved_on IS NULL")
                .param(id).query(Integer.class).single();
    }

    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name FROM party_organization WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM party_organization").query(Long.class).single();
    }
}
