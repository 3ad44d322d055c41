package vn.dangbo.resolution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.TaskStatus;

/** Action programs, plans and conclusions, their tasks, cooperators and progress updates. */
@Repository
public class ProgramRepository {

    private static final String PROGRAM = "id, organization_id, org_path, resolution_id, kind, number, title, issued_on, summary, version ";
    private static final String TASK = """
            t.id, t.program_id, t.parent_id, t.ordinal, t.title, t.description, t.lead_organization_id, t.lead_path,
            t.deadline, t.status, t.completed_on, t.version
            """;

    private final JdbcClient jdbc;

    ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActionProgram> findProgram(long id) {
        return jdbc.sql("SELECT " + PROGRAM + " FROM action_program WHERE id = ?").param(id).query(ActionProgram.class).optional();
    }

    public List<ActionProgram> readablePrograms(String scopePath, List<String> ancestorPaths) {
        return jdbc.sql("SELECT " + PROGRAM + """
                 FROM action_program WHERE org_path LIKE :scope OR org_path IN (:ancestors)
                 ORDER BY issued_on DESC, id DESC""")
                .param("scope", scopePath + "%").param("ancestors", ancestorPaths.isEmpty() ? List.of("") : ancestorPaths)
                .query(ActionProgram.class).list();
    }

    public List<ActionProgram> programsOfResolution(long resolutionId) {
        return jdbc.sql("SELECT " + PROGRAM + " FROM action_program WHERE resolution_id = ? ORDER BY issued_on, id")
                .param(resolutionId).query(ActionProgram.class).list();
    }

    public long insertProgram(long organizationId, String orgPath, Long resolutionId, ProgramKind kind, String number,
            String title, LocalDate issuedOn, String summary, String actor) {
        return jdbc.sql("""
                INSERT INTO action_program (organization_id, org_path, resolution_id, kind, number, title, issued_on,
                    summary, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(organizationId, orgPath, resolutionId, kind.name(), number, title, issuedOn, summary, actor, actor)
                .query(Long.class).single();
    }

    public Optional<Task> findTask(long id) {
        return jdbc.sql("SELECT " + TASK + " FROM task t WHERE t.id = ?").param(id).query(Task.class).optional();
    }

    /** Tasks of a program, parents before their sub-tasks, in ordinal order. */
    public List<Task> tasksOfProgram(long programId) {
        return jdbc.sql("SELECT " + TASK + """
                 FROM task t WHERE t.program_id = ?
                 ORDER BY string_to_array(t.ordinal, '.')::int[], t.id""")
                .param(programId).query(Task.class).list();
    }

    public List<Task> subTasks(long parentId) {
        return jdbc.sql("SELECT " + TASK + " FROM task t WHERE t.parent_id = ? ORDER BY string_to_array(t.ordinal, '.')::int[], t.id")
                .param(parentId).query(Task.class).list();
    }

    /**
     * Tasks led by (or, with cooperators, shared with) organizations under a path, filtered: only open ones, only
     * overdue ones on a date. Ordered by deadline.
     */
    public List<Task> tasksFor(String path, boolean includeCooperating, boolean openOnly, LocalDate overdueOn,
            int limit) {
        return jdbc.sql("SELECT " + TASK + """
                 FROM task t
                 WHERE (t.lead_path LIKE :p OR (:coop AND EXISTS (SELECT 1 FROM task_cooperator c
                        WHERE c.task_id = t.id AND c.org_path LIKE :p)))
                   AND (NOT :open OR t.status <> 'DONE')
                   AND (CAST(:overdue AS date) IS NULL OR (t.status <> 'DONE' AND t.deadline < :overdue))
                 ORDER BY t.deadline NULLS LAST, t.id LIMIT :limit""")
                .param("p", path + "%").param("coop", includeCooperating).param("open", openOnly)
                .param("overdue", overdueOn).param("limit", limit)
                .query(Task.class).list();
    }

    /** Counts of tasks by status, and of overdue ones, for tasks of organizations under a path. */
    public Map<String, Long> taskCounts(String path, LocalDate today) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT count(*) FILTER (WHERE status = 'NOT_STARTED') AS not_started,
                       count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress,
                       count(*) FILTER (WHERE status = 'DONE') AS done,
                       count(*) FILTER (WHERE status <> 'DONE' AND deadline < :today) AS overdue
                FROM task WHERE lead_path LIKE :p""")
                .param("p", path + "%").param("today", today)
                .query((rs, n) -> {
                    counts.put(TaskStatus.NOT_STARTED.name(), rs.getLong("not_started"));
                    counts.put(TaskStatus.IN_PROGRESS.name(), rs.getLong("in_progress"));
                    counts.put(TaskStatus.DONE.name(), rs.getLong("done"));
                    counts.put("OVERDUE", rs.getLong("overdue"));
                    return null;
                }).list();
        return counts;
    }

    public long insertTask(long programId, Long parentId, String ordinal, String title, String description,
            long leadOrganizationId, String leadPath, LocalDate deadline, String actor) {
        return jdbc.sql("""
                INSERT INTO task (program_id, parent_id, ordinal, title, description, lead_organization_id, lead_path,
                    deadline, status, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', ?, ?) RETURNING id""")
                .params(programId, parentId, ordinal, title, description, leadOrganizationId, leadPath, deadline, actor,
                        actor)
                .query(Long.class).single();
    }

    /** When the row last changed (for the message that refuses a change made from an older version). */
    public Optional<java.time.OffsetDateTime> taskChangedAt(long id) {
        return jdbc.sql("SELECT updated_at FROM task WHERE id = ?").param(id)
                .query(java.time.OffsetDateTime.class).optional();
    }

    public boolean updateTask(long id, int version, String ordinal, String title, String description,
            long leadOrganizationId, String leadPath, LocalDate deadline, String actor) {
        return jdbc.sql("""
                UPDATE task SET ordinal = ?, title = ?, description = ?, lead_organization_id = ?, lead_path = ?,
                    deadline = ?, updated_at = now(), updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(ordinal, title, description, leadOrganizationId, leadPath, deadline, actor, id, version)
                .update() == 1;
    }

    public void setStatus(long id, TaskStatus status, LocalDate completedOn, String actor) {
        jdbc.sql("""
                UPDATE task SET status = ?, completed_on = ?, updated_at = now(), updated_by = ?, version = version + 1
                WHERE id = ?""")
                .params(status.name(), completedOn, actor, id).update();
    }

    public String nextOrdinal(long programId, Long parentId) {
        if (parentId == null) {
            long count = jdbc.sql("SELECT count(*) FROM task WHERE program_id = ? AND parent_id IS NULL").param(programId)
                    .query(Long.class).single();
            return String.valueOf(count + 1);
        }
        String parentOrdinal = jdbc.sql("SELECT ordinal FROM task WHERE id = ?").param(parentId).query(String.class).single();
        long count = jdbc.sql("SELECT count(*) FROM task WHERE parent_id = ?").param(parentId).query(Long.class).single();
        return parentOrdinal + "." + (count + 1);
    }

    public List<Long> cooperators(long taskId) {
        return jdbc.sql("SELECT organization_id FROM task_cooperator WHERE task_id = ? ORDER BY organization_id")
                .param(taskId).query(Long.class).list();
    }

    /** Paths of a task's co-operating organizations. */
    public List<String> cooperatorPaths(long taskId) {
        return jdbc.sql("SELECT org_path FROM task_cooperator WHERE task_id = ?").param(taskId).query(String.class).list();
    }

    /** Cooperating organizations of many tasks at once. */
    public Map<Long, List<Long>> cooperatorsOf(java.util.Collection<Long> taskIds) {
        Map<Long, List<Long>> result = new java.util.HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.sql("SELECT task_id, organization_id FROM task_cooperator WHERE task_id IN (:ids) ORDER BY organization_id")
                    .param("ids", taskIds)
                    .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2)))
                    .list();
        }
        return result;
    }

    public void replaceCooperators(long taskId, Map<Long, String> paths) {
        jdbc.sql("DELETE FROM task_cooperator WHERE task_id = ?").param(taskId).update();
        paths.forEach((org, path) -> jdbc.sql("INSERT INTO task_cooperator (task_id, organization_id, org_path) VALUES (?, ?, ?)")
                .params(taskId, org, path).update());
    }

    public long insertUpdate(long taskId, TaskStatus statusAfter, Integer progress, String note, String actor) {
        return jdbc.sql("""
                INSERT INTO task_update (task_id, status_after, progress, note, actor) VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(taskId, statusAfter.name(), progress, note, actor).query(Long.class).single();
    }

    public long taskOfUpdate(long updateId) {
        return jdbc.sql("SELECT task_id FROM task_update WHERE id = ?").param(updateId).query(Long.class).single();
    }

    public List<TaskUpdate> updates(long taskId) {
        return jdbc.sql("""
                SELECT id, task_id, status_after, progress, note, actor, at FROM task_update
                WHERE task_id = ? ORDER BY at DESC, id DESC""")
                .param(taskId).query(TaskUpdate.class).list();
    }
}
