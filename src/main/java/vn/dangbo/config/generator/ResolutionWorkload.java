package vn.dangbo.config.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.shared.security.SystemActor;

/**
 * The resolution workload of a generated province, for the dashboard benchmarks: for every ward of the province a
 * congress resolution for the term that began last year and the annual resolutions of last year and this one, each
 * with the twelve targets a ward sets (six of them carry the province's shared indicators; new members are cascaded
 * to every cell and summed, cultured households and the 3rd-of-the-month meetings are cascaded and averaged), plans
 * for every year, the reporting periods of last year (all closed) and of this year up to today (the latest open),
 * values for every target in every period (entered by the ward office or by each owning cell, accepted in closed
 * periods, some missing in open ones) with their history, and an action program and a plan with fifteen tasks each,
 * three of them assigned down to every cell.
 *
 * <p>Written by set-based SQL in one transaction, with values drawn from a hash of the ids and the seed, so a seed
 * gives the same figures every time. The tables are the resolution module's (migrations V30–V31); the dashboards read
 * them through {@code DashboardQueries} exactly as they read what people enter.
 */
@Component
class ResolutionWorkload {

    private static final Logger log = LoggerFactory.getLogger(ResolutionWorkload.class);
    private static final List<String> TABLES = List.of("resolution", "target", "target_plan", "target_owner",
            "reporting_period", "target_result", "target_result_history", "action_program", "task");

    /** What was written. */
    record Result(long resolutions, long targets, long periods, long results, long programs, long tasks) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    ResolutionWorkload(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** The path of a province committee, refusing any other id. */
    String provincePath(long provinceId) {
        return jdbc.sql("SELECT path FROM party_organization WHERE id = ? AND kind = 'PROVINCIAL_COMMITTEE'")
                .param(provinceId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("--province-id=" + provinceId
                        + " is not the id of a province committee"));
    }

    Result generate(String provincePath, long seed, LocalDate today) {
        long started = System.nanoTime();
        Result result = tx.execute(status -> write(provincePath, seed, today));
        for (String table : TABLES) {
            jdbc.sql("VACUUM (ANALYZE) " + table).update();
        }
        log.info("Nghị quyết, chỉ tiêu, số liệu các kỳ và nhiệm vụ của tỉnh mô phỏng: {} nghị quyết, {} chỉ tiêu, {} kỳ, "
                        + "{} số liệu, {} chương trình, {} nhiệm vụ, sau {} ms", result.resolutions(), result.targets(),
                result.periods(), result.results(), result.programs(), result.tasks(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private Result write(String provincePath, long seed, LocalDate today) {
        int lastYear = today.getYear() - 1;
        int thisYear = today.getYear();
        String actor = SystemActor.USERNAME;
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION pg_temp.draw(key text) RETURNS numeric LANGUAGE sql IMMUTABLE AS
                $$ SELECT round(('x' || substr(md5(key), 1, 8))::bit(32)::bigint / 4294967296.0, 6) $$""").update();
        jdbc.sql("""
                CREATE TEMP TABLE gen_ward ON COMMIT DROP AS
                SELECT id, path, name FROM party_organization
                WHERE path LIKE :province AND kind = 'WARD_COMMITTEE' AND dissolved_on IS NULL""")
                .param("province", provincePath + "%").update();
        jdbc.sql("""
                CREATE TEMP TABLE gen_template (pos int, name text, unit text, area text, kind text, accumulation text,
                    indicator text, plan_low numeric, plan_high numeric, decimals int, rollup text, owners text)
                ON COMMIT DROP""").update();
        jdbc.sql("""
                INSERT INTO gen_template VALUES
                (1, 'Thu ngân sách nhà nước', 'tỉ đồng', 'ECONOMY', 'PERCENT_OF_ESTIMATE', 'CUMULATIVE', 'BUDGET_REVENUE', 8, 40, 2, 'DIRECT', 'NONE'),
                (2, 'Vận động xã hội hóa các công trình, phần việc', 'công trình', 'ECONOMY', 'AT_LEAST', 'CUMULATIVE', NULL, 5, 15, 0, 'DIRECT', 'NONE'),
                (3, 'Giải quyết việc làm cho người lao động', 'lao động', 'CULTURE_SOCIETY', 'AT_LEAST', 'CUMULATIVE', NULL, 200, 700, 0, 'DIRECT', 'NONE'),
                (4, 'Xây dựng, sửa chữa nhà tình nghĩa, nhà đại đoàn kết', 'căn', 'CULTURE_SOCIETY', 'AT_LEAST', 'CUMULATIVE', NULL, 3, 12, 0, 'DIRECT', 'NONE'),
                (5, 'Trường đạt chuẩn quốc gia', 'trường', 'CULTURE_SOCIETY', 'COUNT_OF_TOTAL', 'LEVEL', 'SCHOOLS_STANDARD', 4, 10, 0, 'DIRECT', 'NONE'),
                (6, 'Tỷ lệ bao phủ bảo hiểm y tế', '%', 'CULTURE_SOCIETY', 'RATE', 'LEVEL', 'HEALTH_INSURANCE', 92, 98, 2, 'DIRECT', 'NONE'),
                (7, 'Tỷ lệ hộ gia đình văn hóa', '%', 'CULTURE_SOCIETY', 'RATE', 'LEVEL', 'CULTURED_HOUSEHOLDS', 94, 99, 2, 'AVERAGE', 'RESIDENTIAL'),
                (8, 'Hoàn thành chỉ tiêu giao quân', '%', 'DEFENCE_SECURITY', 'RATE', 'LEVEL', 'MILITARY_RECRUITMENT', 100, 100, 0, 'DIRECT', 'NONE'),
                (9, 'Số vụ phạm pháp hình sự', 'vụ', 'DEFENCE_SECURITY', 'AT_MOST', 'CUMULATIVE', NULL, 8, 25, 0, 'DIRECT', 'NONE'),
                (10, 'Kết nạp đảng viên mới', 'đảng viên', 'PARTY_BUILDING', 'AT_LEAST', 'CUMULATIVE', 'NEW_MEMBERS', 10, 30, 0, 'SUM', 'CELLS'),
                (11, 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', '%', 'PARTY_BUILDING', 'RATE', 'LEVEL', NULL, 85, 95, 2, 'DIRECT', 'NONE'),
                (12, 'Chi bộ sinh hoạt định kỳ vào ngày 3 hằng tháng', '%', 'PARTY_BUILDING', 'RATE', 'LEVEL', NULL, 95, 100, 2, 'AVERAGE', 'CELLS')""")
                .update();

        // resolutions: the congress one of the term that began last year, the annual ones of last year and this year
        jdbc.sql("""
                INSERT INTO resolution (organization_id, org_path, kind, number, title, issued_on, start_year, end_year,
                                        general_goal, created_by, updated_by)
                SELECT w.id, w.path, 'CONGRESS', '01-NQ/ĐH',
                       'Nghị quyết Đại hội đại biểu ' || w.name || ' nhiệm kỳ ' || :last || '–' || (:last + 5),
                       make_date(:last, 7, 20), :last, :last + 5,
                       'Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế – xã hội nhanh và bền vững.', :actor, :actor
                FROM gen_ward w
                UNION ALL
                SELECT w.id, w.path, 'ANNUAL', (y - 2000) || '-NQ/ĐU', 'Nghị quyết về nhiệm vụ chính trị năm ' || y,
                       make_date(y, 1, 10), y, y, NULL, :actor, :actor
                FROM gen_ward w CROSS JOIN generate_series(:last, :this) y""")
                .param("last", lastYear).param("this", thisYear).param("actor", actor).update();
        jdbc.sql("""
                CREATE TEMP TABLE gen_resolution ON COMMIT DROP AS
                SELECT r.id, r.organization_id, r.org_path, r.kind, r.start_year, r.end_year, r.issued_on
                FROM resolution r JOIN gen_ward w ON w.id = r.organization_id""").update();
        long resolutions = count("gen_resolution");

        // targets with the ward's base value, plans growing a little every year, owners of the cascaded ones
        jdbc.sql("""
                CREATE TEMP TABLE gen_base ON COMMIT DROP AS
                SELECT w.id AS ward_id, g.pos,
                       round(g.plan_low + pg_temp.draw(w.id || ':' || g.pos || ':' || :seed) * (g.plan_high - g.plan_low),
                             g.decimals) AS base
                FROM gen_ward w CROSS JOIN gen_template g""").param("seed", seed).update();
        jdbc.sql("""
                INSERT INTO target (resolution_id, position, code, name, unit, area, kind, accumulation, term_value,
                                    display_decimals, rollup, indicator_code, created_by, updated_by)
                SELECT r.id, g.pos, g.pos::text, g.name, g.unit, g.area, g.kind, g.accumulation,
                       CASE WHEN r.kind <> 'CONGRESS' THEN NULL
                            WHEN g.accumulation = 'CUMULATIVE' THEN b.base * (r.end_year - r.start_year + 1)
                            ELSE b.base END,
                       g.decimals, g.rollup, g.indicator, :actor, :actor
                FROM gen_resolution r CROSS JOIN gen_template g
                JOIN gen_base b ON b.ward_id = r.organization_id AND b.pos = g.pos""").param("actor", actor).update();
        jdbc.sql("""
                CREATE TEMP TABLE gen_target ON COMMIT DROP AS
                SELECT t.id, t.kind, t.accumulation, t.rollup, t.display_decimals AS decimals, t.position AS pos,
                       r.id AS resolution_id, r.organization_id, r.start_year, r.end_year, b.base
                FROM target t JOIN gen_resolution r ON r.id = t.resolution_id
                JOIN gen_base b ON b.ward_id = r.organization_id AND b.pos = t.position""").update();
        long targets = count("gen_target");
        jdbc.sql("""
                INSERT INTO target_plan (target_id, year, plan_value, total)
                SELECT t.id, y,
                       CASE WHEN t.kind = 'RATE' THEN t.base
                            WHEN t.kind = 'AT_MOST' THEN greatest(1, round(t.base * (1 - 0.05 * (y - t.start_year)), t.decimals))
                            ELSE round(t.base * (1 + 0.05 * (y - t.start_year)), t.decimals) END,
                       CASE WHEN t.kind = 'COUNT_OF_TOTAL'
                            THEN round(t.base * (1 + 0.05 * (y - t.start_year)), 0) + 1 + floor(pg_temp.draw(t.organization_id || ':total') * 3)
                       END
                FROM gen_target t CROSS JOIN generate_series(t.start_year, t.end_year) y""").update();
        jdbc.sql("""
                INSERT INTO target_owner (target_id, organization_id, org_path)
                SELECT t.id, c.id, c.path
                FROM gen_target t JOIN gen_template g ON g.pos = t.pos
                JOIN party_organization c ON c.parent_id = t.organization_id AND c.dissolved_on IS NULL
                     AND c.kind IN ('CELL', 'GRASSROOTS_CELL', 'GRASSROOTS_COMMITTEE')
                     AND (g.owners = 'CELLS' OR (g.owners = 'RESIDENTIAL' AND c.cell_type = 'RESIDENTIAL'))
                WHERE g.owners <> 'NONE'""").update();

        // periods: every kind of last year, closed; this year's begun by today, open while they are recent
        jdbc.sql("""
                CREATE TEMP TABLE gen_period_kind (year int, kind text, starts_on date, ends_on date, closed boolean)
                ON COMMIT DROP""").update();
        for (Object[] p : periodKinds(lastYear, thisYear, today)) {
            jdbc.sql("INSERT INTO gen_period_kind VALUES (?, ?, ?, ?, ?)").params(p).update();
        }
        jdbc.sql("""
                INSERT INTO reporting_period (organization_id, org_path, year, kind, starts_on, ends_on, status, opened_at,
                                              opened_by, closed_at, closed_by)
                SELECT w.id, w.path, k.year, k.kind, k.starts_on, k.ends_on, CASE WHEN k.closed THEN 'CLOSED' ELSE 'OPEN' END,
                       (k.ends_on - 10)::timestamptz, :actor, CASE WHEN k.closed THEN (k.ends_on + 25)::timestamptz END,
                       CASE WHEN k.closed THEN :actor END
                FROM gen_ward w CROSS JOIN gen_period_kind k""").param("actor", actor).update();
        jdbc.sql("""
                CREATE TEMP TABLE gen_period ON COMMIT DROP AS
                SELECT p.id, p.organization_id, p.year, p.kind, p.ends_on, p.status,
                       extract(month FROM p.ends_on) / 12.0 AS share_of_year
                FROM reporting_period p JOIN gen_ward w ON w.id = p.organization_id""").update();
        long periods = count("gen_period");

        // values: the ward office's for direct targets, each owner's for cascaded ones; a few missing in open periods
        jdbc.sql("""
                INSERT INTO target_result (target_id, period_id, organization_id, value, total, status, entered_by,
                                           entered_at, reviewed_by, reviewed_at)
                SELECT t.id, per.id, COALESCE(o.organization_id, t.organization_id),
                       CASE
                         WHEN t.rollup = 'SUM' THEN floor(p.plan_value * per.share_of_year * (0.6 + 0.8 * pg_temp.draw(v.key))
                                                          / count(*) OVER (PARTITION BY t.id, per.id)
                                                          + pg_temp.draw(v.key || ':round'))
                         WHEN t.kind = 'RATE' THEN least(100, round(p.plan_value * (0.94 + 0.08 * pg_temp.draw(v.key)), t.decimals))
                         WHEN t.kind = 'COUNT_OF_TOTAL' THEN least(p.total, p.plan_value - 1 + floor(pg_temp.draw(v.key) * 3))
                         WHEN t.kind = 'AT_MOST' THEN round(p.plan_value * per.share_of_year * (0.6 + 0.7 * pg_temp.draw(v.key)), t.decimals)
                         ELSE round(p.plan_value * per.share_of_year * (0.8 + 0.4 * pg_temp.draw(v.key)), t.decimals)
                       END,
                       CASE WHEN t.kind = 'COUNT_OF_TOTAL' THEN p.total END,
                       CASE WHEN per.status = 'CLOSED' THEN 'ACCEPTED' ELSE 'SUBMITTED' END, :actor,
                       (per.ends_on + 5)::timestamptz,
                       CASE WHEN per.status = 'CLOSED' THEN :actor END,
                       CASE WHEN per.status = 'CLOSED' THEN (per.ends_on + 15)::timestamptz END
                FROM gen_target t
                JOIN gen_period per ON per.organization_id = t.organization_id AND per.year BETWEEN t.start_year AND t.end_year
                JOIN target_plan p ON p.target_id = t.id AND p.year = per.year
                LEFT JOIN target_owner o ON t.rollup <> 'DIRECT' AND o.target_id = t.id
                CROSS JOIN LATERAL (SELECT t.id || ':' || per.id || ':' || COALESCE(o.organization_id, 0) || ':' || :seed AS key) v
                WHERE (t.rollup = 'DIRECT') = (o.organization_id IS NULL)
                  AND (per.status = 'CLOSED' OR pg_temp.draw(v.key || ':entered') < 0.85)""")
                .param("actor", actor).param("seed", seed).update();
        long results = jdbc.sql("SELECT count(*) FROM target_result r JOIN gen_period p ON p.id = r.period_id")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO target_result_history (result_id, action, value, total, note, status, actor, at)
                SELECT r.id, 'ENTER', r.value, r.total, NULL, 'SUBMITTED', r.entered_by, r.entered_at
                FROM target_result r JOIN gen_period p ON p.id = r.period_id
                UNION ALL
                SELECT r.id, 'ACCEPT', r.value, r.total, NULL, 'ACCEPTED', r.reviewed_by, r.reviewed_at
                FROM target_result r JOIN gen_period p ON p.id = r.period_id WHERE r.status = 'ACCEPTED'""").update();

        // an action program of the congress resolution and a plan of each annual one, with their tasks
        jdbc.sql("""
                INSERT INTO action_program (organization_id, org_path, resolution_id, kind, number, title, issued_on,
                                            created_by, updated_by)
                SELECT r.organization_id, r.org_path, r.id,
                       CASE WHEN r.kind = 'CONGRESS' THEN 'ACTION_PROGRAM' ELSE 'PLAN' END,
                       CASE WHEN r.kind = 'CONGRESS' THEN '05-CTr/ĐU' ELSE (r.start_year - 2000) || '-KH/ĐU' END,
                       CASE WHEN r.kind = 'CONGRESS' THEN 'Chương trình hành động thực hiện Nghị quyết Đại hội nhiệm kỳ '
                                 || r.start_year || '–' || r.end_year
                            ELSE 'Kế hoạch thực hiện nhiệm vụ chính trị năm ' || r.start_year END,
                       r.issued_on + 30, :actor, :actor
                FROM gen_resolution r""").param("actor", actor).update();
        jdbc.sql("""
                CREATE TEMP TABLE gen_program ON COMMIT DROP AS
                SELECT a.id, a.organization_id, a.org_path, a.issued_on
                FROM action_program a JOIN gen_ward w ON w.id = a.organization_id""").update();
        long programs = count("gen_program");
        jdbc.sql("""
                CREATE TEMP TABLE gen_task_title (n int, title text) ON COMMIT DROP""").update();
        jdbc.sql("""
                INSERT INTO gen_task_title VALUES
                (1, 'Xây dựng kế hoạch thu ngân sách, chống thất thu'), (2, 'Rà soát, sắp xếp đất công, tài sản công'),
                (3, 'Tổ chức học tập, quán triệt nghị quyết đến toàn thể đảng viên'),
                (4, 'Lập danh mục đầu tư công trung hạn'), (5, 'Khảo sát các tuyến đường ngập nước'),
                (6, 'Vận động nhân dân tham gia bảo hiểm y tế'), (7, 'Phát triển đảng viên mới trong chi bộ'),
                (8, 'Chỉnh trang đô thị, xây dựng tuyến phố văn minh'), (9, 'Hỗ trợ hộ nghèo, hộ cận nghèo thoát nghèo'),
                (10, 'Tuyển chọn, gọi công dân nhập ngũ'), (11, 'Kiểm điểm, đánh giá, xếp loại đảng viên cuối năm'),
                (12, 'Xây dựng chương trình kiểm tra, giám sát năm sau'), (13, 'Số hóa hồ sơ đảng viên'),
                (14, 'Tổ chức hội nghị sơ kết 6 tháng'), (15, 'Tổng kết công tác xây dựng Đảng cuối năm')""").update();
        // deadlines spread over the year after the program; done or late as a ward's tasks are
        jdbc.sql("""
                INSERT INTO task (program_id, ordinal, title, lead_organization_id, lead_path, deadline, status,
                                  completed_on, created_by, updated_by)
                SELECT a.id, tt.n::text, tt.title, a.organization_id, a.org_path, d.deadline,
                       CASE WHEN d.deadline < :today - 20 AND pg_temp.draw(a.id || ':' || tt.n) < 0.85 THEN 'DONE'
                            WHEN d.deadline < :today + 60 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
                       CASE WHEN d.deadline < :today - 20 AND pg_temp.draw(a.id || ':' || tt.n) < 0.85
                            THEN d.deadline - (pg_temp.draw(a.id || ':' || tt.n || ':done') * 30)::int + 5 END,
                       :actor, :actor
                FROM gen_program a CROSS JOIN gen_task_title tt
                CROSS JOIN LATERAL (SELECT a.issued_on + tt.n * 24 AS deadline) d""")
                .param("today", today).param("actor", actor).update();
        jdbc.sql("""
                INSERT INTO task (program_id, parent_id, ordinal, title, lead_organization_id, lead_path, deadline, status,
                                  completed_on, created_by, updated_by)
                SELECT t.program_id, t.id, t.ordinal || '.' || row_number() OVER (PARTITION BY t.id ORDER BY c.name_key, c.id),
                       t.title || ' tại ' || c.name, c.id, c.path, t.deadline - 5,
                       CASE WHEN t.status = 'DONE' OR pg_temp.draw(t.id || ':' || c.id) < 0.3 THEN 'DONE'
                            ELSE t.status END,
                       CASE WHEN t.status = 'DONE' OR pg_temp.draw(t.id || ':' || c.id) < 0.3
                            THEN least(:today, t.deadline - 7) END,
                       :actor, :actor
                FROM task t JOIN gen_program a ON a.id = t.program_id
                JOIN party_organization c ON c.parent_id = a.organization_id AND c.dissolved_on IS NULL
                     AND c.kind IN ('CELL', 'GRASSROOTS_CELL', 'GRASSROOTS_COMMITTEE')
                WHERE t.parent_id IS NULL AND t.ordinal IN ('3', '7', '11')""")
                .param("today", today).param("actor", actor).update();
        long tasks = jdbc.sql("SELECT count(*) FROM task t JOIN gen_program a ON a.id = t.program_id")
                .query(Long.class).single();
        return new Result(resolutions, targets, periods, results, programs, tasks);
    }

    /** The periods of last year (all closed) and of this year that have begun; those ended 45 days ago are closed. */
    static List<Object[]> periodKinds(int lastYear, int thisYear, LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        for (int year : new int[] {lastYear, thisYear}) {
            for (PeriodKind kind : PeriodKind.values()) {
                if (kind.againstTerm() || kind.defaultStart(year).isAfter(today)) {
                    continue;
                }
                LocalDate start = kind.defaultStart(year);
                LocalDate end = kind.defaultEnd(year);
                rows.add(new Object[] {year, kind.name(), start, end, end.plusDays(45).isBefore(today)});
            }
        }
        return rows;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
