package vn.dangbo.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.audit.AuditEvent;
import vn.dangbo.audit.AuditQuery;
import vn.dangbo.shared.PageResult;
import vn.dangbo.shared.Paging;
import vn.dangbo.shared.importing.CopyRows;
import vn.dangbo.shared.format.Zones;

@Repository
public class AuditEventRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final javax.sql.DataSource dataSource;

    AuditEventRepository(JdbcClient jdbc, JsonMapper json, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    public void insert(NewAuditEvent e) {
        jdbc.sql("""
                INSERT INTO audit_event (actor_account_id, actor_username, client_address, action, entity_type,
                    entity_id, organization_path, summary, before_state, after_state)
                VALUES (:account, :username, :address, :action, :type, :id, :path, :summary,
                    CAST(:before AS jsonb), CAST(:after AS jsonb))
                """)
                .param("account", e.actorAccountId())
                .param("username", e.actorUsername())
                .param("address", e.clientAddress())
                .param("action", e.action())
                .param("type", e.entityType())
                .param("id", e.entityId())
                .param("path", e.organizationPath())
                .param("summary", e.summary())
                .param("before", toJson(e.before()))
                .param("after", toJson(e.after()))
                .update();
    }

    /** Many events in one COPY (the staged import audits every member it registers, set-based). */
    public void insertAll(List<NewAuditEvent> all) {
        if (all.isEmpty()) {
            return;
        }
        try (CopyRows copy = CopyRows.into(dataSource, "audit_event", """
                actor_account_id, actor_username, client_address, action, entity_type, entity_id, organization_path,
                summary, before_state, after_state""")) {
            for (NewAuditEvent e : all) {
                copy.number(e.actorAccountId()).text(e.actorUsername()).text(e.clientAddress()).text(e.action())
                        .text(e.entityType()).text(e.entityId()).text(e.organizationPath()).text(e.summary())
                        .text(toJson(e.before())).text(toJson(e.after())).end();
            }
        }
    }

    private String toJson(Map<String, ?> state) {
        return state == null || state.isEmpty() ? null : json.writeValueAsString(state);
    }

    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_event ORDER BY 1").query(String.class).list();
    }

    /** A page of events, newest first, limited to events under {@code scopePath} (or without an organization for "/"). */
    public PageResult<AuditEvent> find(AuditQuery q, String scopePath, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!"/".equals(scopePath)) {
            where.append(" AND organization_path LIKE :scope");
            params.put("scope", scopePath + "%");
        }
        if (StringUtils.hasText(q.actor())) {
            where.append(" AND actor_username = :actor");
            params.put("actor", q.actor().strip());
        }
        if (StringUtils.hasText(q.action())) {
            where.append(" AND action = :action");
            params.put("action", q.action());
        }
        if (StringUtils.hasText(q.entityType())) {
            where.append(" AND entity_type = :type");
            params.put("type", q.entityType());
        }
        if (StringUtils.hasText(q.entityId())) {
            where.append(" AND entity_id = :eid");
            params.put("eid", q.entityId().strip());
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", q.from().atStartOfDay(Zones.VIETNAM).toOffsetDateTime());
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", q.to().plusDays(1).atStartOfDay(Zones.VIETNAM).toOffsetDateTime());
        }
        if (StringUtils.hasText(q.text())) {
            where.append(" AND summary ILIKE :text");
            params.put("text", "%" + q.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<AuditEvent> items = new ArrayList<>(jdbc.sql("""
                SELECT id, occurred_at, actor_username, client_address, action, entity_type, entity_id,
                       organization_path, summary, before_state::text AS before_state, after_state::text AS after_state
                FROM audit_event""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(AuditEvent.class)
                .list());
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }
}
