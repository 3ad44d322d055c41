package vn.dangbo.member.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberListItem;
import vn.dangbo.member.MemberQuery;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.shared.PageResult;
import vn.dangbo.shared.Paging;
import vn.dangbo.shared.text.CitizenIds;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Member lists and searches in SQL: scope and subtree by path prefix, filters on indexed columns, names found
 * by prefix on the search terms (member_search_term), card numbers and phones on the trigram index of the
 * folded search text, and Vietnamese name order from the ICU collation keys (given name, then middle name,
 * then family name). docs/performance.md tells what each shape costs on a province of 400,000 members.
 */
@Repository
public class MemberSearch {

    private static final String FORMER = RollPolicy.GONE_SQL;

    private final JdbcClient jdbc;

    MemberSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param pathPrefix  only members registered (or temporarily attached) under this path; "/" for all
     * @param memberIds   only these members (a position filter), or null
     */
    public PageResult<MemberListItem> find(MemberQuery q, String pathPrefix, List<Long> memberIds, LocalDate today,
            Paging paging) {
        Where terms = termWhere(q, pathPrefix, memberIds);
        if (terms != null) {
            return findByTerms(terms, paging);
        }
        Where where = where(q, pathPrefix, memberIds, today);
        // With a text every match is found before sorting anyway, so the same pass counts them (matches).
        long[] matches = {-1};
        List<MemberListItem> items = jdbc.sql("SELECT " + LIST_COLUMNS
                        + (where.text() ? ", count(*) OVER () AS matches" : "") + " FROM " + from(where)
                        + orderBy(q.sort()) + " LIMIT :limit OFFSET :offset")
                .params(where.params).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> row(rs, where.text() ? matches : null))
                .list();
        long total = total(items, paging, matches[0], () -> count(q, pathPrefix, memberIds, where));
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /**
     * The number of members matching. A list filtered by scope and status alone (every unfiltered list) is
     * summed from the counts per organization and status (member_count) plus the members temporarily attached
     * within the scope from elsewhere, instead of counting the members: the province list counted 378,000.
     */
    private long count(MemberQuery q, String pathPrefix, List<Long> memberIds, Where where) {
        if (where.text() || memberIds != null || q.gender() != null || q.ageBand() != null || q.partyAgeBand() != null
                || q.admittedInPeriod()) {
            return jdbc.sql("SELECT count(*) FROM member m" + where.sql).params(where.params).query(Long.class).single();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("scope", pathPrefix + "%");
        String registered = "SELECT coalesce(sum(c.members), 0) FROM member_count c WHERE c.org_path LIKE :scope"
                + status("c", q, p);
        String attached = "/".equals(pathPrefix) ? "0" : "SELECT count(*) FROM member m WHERE m.temp_org_path LIKE :scope"
                + " AND m.org_path NOT LIKE :scope" + status("m", q, p);
        return jdbc.sql("SELECT (" + registered + ") + (" + attached + ")").params(p).query(Long.class).single();
    }

    /**
     * A name search in name order with no other filter than scope and status, the usual search: counted and
     * paged on the search-term index alone (it carries paths, status and collation keys), and only the page's
     * members read from the member table. "nguyen" in a province of 400,000 (37,740 matches) reads one index
     * range instead of every member.
     */
    private PageResult<MemberListItem> findByTerms(Where terms, Paging paging) {
        long[] matches = {-1};
        List<MemberListItem> items = jdbc.sql("SELECT " + LIST_COLUMNS + ", p.matches FROM ("
                        + """
                        SELECT f.member_id, f.given_key, f.middle_key, f.family_key, count(*) OVER () AS matches
                        FROM (SELECT DISTINCT t.member_id, t.given_key, t.middle_key, t.family_key
                              FROM member_search_term t""" + terms.sql() + """
                        ) f
                        ORDER BY f.given_key, f.middle_key, f.family_key, f.member_id LIMIT :limit OFFSET :offset
                        ) p JOIN member m ON m.id = p.member_id
                        ORDER BY p.given_key, p.middle_key, p.family_key, p.member_id""")
                .params(terms.params).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> row(rs, matches))
                .list();
        long total = total(items, paging, matches[0], () -> jdbc.sql(
                        "SELECT count(DISTINCT t.member_id) FROM member_search_term t" + terms.sql())
                .params(terms.params).query(Long.class).single());
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    private static final String LIST_COLUMNS = """
            m.id, m.full_name, m.date_of_birth, m.gender, m.organization_id, m.card_number, m.citizen_id, m.phone,
            m.admission_date, m.official_date, m.current_status, m.temp_organization_id""";

    /** A row of the list; {@code matches}, when given, receives the row's count of all matches. */
    private static MemberListItem row(ResultSet rs, long[] matches) throws SQLException {
        if (matches != null) {
            matches[0] = rs.getLong("matches");
        }
        long temp = rs.getLong("temp_organization_id");
        Long tempId = rs.wasNull() ? null : temp;
        return new MemberListItem(rs.getLong("id"), rs.getString("full_name"),
                rs.getObject("date_of_birth", LocalDate.class), Gender.valueOf(rs.getString("gender")),
                rs.getLong("organization_id"), null, rs.getString("card_number"),
                CitizenIds.mask(rs.getString("citizen_id")), rs.getString("phone"),
                rs.getObject("admission_date", LocalDate.class), rs.getObject("official_date", LocalDate.class),
                MemberStatus.valueOf(rs.getString("current_status")), tempId);
    }

    /**
     * The total for a page: a page that is not full is the last one and tells it (most searches find fewer
     * members than a page holds); else the count of matches the page query made, if it made one; else a count.
     */
    private static long total(List<MemberListItem> items, Paging paging, long matches, Supplier<Long> count) {
        boolean lastPage = items.size() < paging.size() && (!items.isEmpty() || paging.offset() == 0);
        if (lastPage) {
            return paging.offset() + items.size();
        }
        return matches >= 0 ? matches : count.get();
    }

    /** Ids of every member the query matches, in list order, for exports (bounded by {@code limit}). */
    public List<Long> ids(MemberQuery q, String pathPrefix, List<Long> memberIds, LocalDate today, int limit) {
        Where where = where(q, pathPrefix, memberIds, today);
        return jdbc.sql("SELECT m.id FROM " + from(where) + orderBy(q.sort()) + " LIMIT :limit")
                .params(where.params).param("limit", limit).query(Long.class).list();
    }

    private static String orderBy(MemberQuery.Sort sort) {
        return switch (sort) {
            case NAME -> " ORDER BY m.given_key, m.middle_key, m.family_key, m.id";
            case ADMISSION_DATE -> " ORDER BY m.admission_date, m.given_key, m.middle_key, m.family_key, m.id";
            case BIRTH_DATE -> " ORDER BY m.date_of_birth, m.given_key, m.middle_key, m.family_key, m.id";
        };
    }

    private record Where(String sql, Map<String, Object> params, boolean text) {}

    /**
     * The members matching, as {@code m}. Without a text the list walks the name-order index and stops after
     * the page. With one, the matches are found first and then sorted: walking the name order while filtering
     * assumes matches spread evenly over it, but a given name's matches all sit together in that order
     * ("hùng" meant reading 117,000 members to reach the first Hùng). OFFSET 0 keeps the planner from it.
     */
    private static String from(Where where) {
        if (!where.text()) {
            return "member m" + where.sql();
        }
        return """
                (SELECT m.id, m.full_name, m.date_of_birth, m.gender, m.organization_id, m.card_number, m.citizen_id,
                        m.phone, m.admission_date, m.official_date, m.current_status, m.temp_organization_id,
                        m.given_key, m.middle_key, m.family_key
                 FROM member m""" + where.sql() + " OFFSET 0) m";
    }

    /**
     * The conditions on the search terms ({@code t}) for {@link #findByTerms}, or null when the query needs
     * more than the terms carry: no name text, another order, or filters on gender, age or position.
     */
    private static Where termWhere(MemberQuery q, String pathPrefix, List<Long> memberIds) {
        String text = VietnameseText.fold(q.text());
        if (text.isEmpty() || !nameText(text) || q.sort() != MemberQuery.Sort.NAME || memberIds != null
                || q.gender() != null || q.ageBand() != null || q.partyAgeBand() != null || q.admittedInPeriod()) {
            return null;
        }
        StringBuilder sql = new StringBuilder(" WHERE t.term LIKE :term");
        Map<String, Object> p = new HashMap<>();
        p.put("term", escape(text) + "%");
        scopeAndStatus("t", q, pathPrefix, sql, p);
        return new Where(sql.toString(), p, true);
    }

    private static void scopeAndStatus(String alias, MemberQuery q, String pathPrefix, StringBuilder sql,
            Map<String, Object> p) {
        if (!"/".equals(pathPrefix)) {
            sql.append(" AND (" + alias + ".org_path LIKE :scope OR " + alias + ".temp_org_path LIKE :scope)");
            p.put("scope", pathPrefix + "%");
        }
        sql.append(status(alias, q, p));
    }

    /** The condition on the current status: the statuses asked for, else every current one unless former too. */
    private static String status(String alias, MemberQuery q, Map<String, Object> p) {
        if (!q.statuses().isEmpty()) {
            p.put("statuses", q.statuses().stream().map(Enum::name).toList());
            return " AND " + alias + ".current_status IN (:statuses)";
        }
        return q.includeFormer() ? "" : " AND " + alias + ".current_status NOT IN " + FORMER;
    }

    /**
     * Whether a (folded) text is searched as a name, at word starts: it has no digit or has a space, and no "|".
     * Such a text is found at a word start of the search text exactly when it is a prefix of one of the member's
     * search terms (the word-suffixes of the name, the card, the phone). Other texts (card numbers, phones)
     * match anywhere, on the trigram index.
     */
    private static boolean nameText(String text) {
        return !identifier(text) && !text.contains("|");
    }

    /** Digits and no space: a card number or a phone, or a part of one. */
    private static boolean identifier(String text) {
        return text.chars().anyMatch(Character::isDigit) && !text.contains(" ");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Where where(MemberQuery q, String pathPrefix, List<Long> memberIds, LocalDate today) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        Map<String, Object> p = new HashMap<>();
        if (memberIds != null) {
            sql.append(" AND m.id = ANY(:ids)");
            p.put("ids", memberIds.toArray(Long[]::new));
        }
        scopeAndStatus("m", q, pathPrefix, sql, p);
        if (q.gender() != null) {
            sql.append(" AND m.gender = :gender");
            p.put("gender", q.gender().name());
        }
        if (q.ageBand() != null) {
            sql.append(" AND m.date_of_birth BETWEEN :bornFrom AND :bornTo");
            p.put("bornFrom", q.ageBand().bornFrom(today));
            p.put("bornTo", q.ageBand().bornTo(today));
        }
        if (q.partyAgeBand() != null) {
            sql.append(" AND m.admission_date BETWEEN :partyFrom AND :partyTo");
            p.put("partyFrom", q.partyAgeBand().admittedFrom(today));
            p.put("partyTo", q.partyAgeBand().admittedTo(today));
        }
        if (q.admittedInPeriod()) {
            // exactly the rows the register's admissions count (RollPolicy.admittedHere): registered in the scope
            sql.append(" AND m.org_path LIKE :ownScope AND ").append(RollPolicy.admittedHere("m"));
            p.put("ownScope", pathPrefix + "%");
            p.put("admittedFrom", q.admittedFrom());
            p.put("admittedTo", q.admittedTo());
        }
        String text = VietnameseText.fold(q.text());
        if (!text.isEmpty()) {
            String escaped = escape(text);
            // Names match at the start of a word ("minh duc" finds "Trần Minh Đức", "anh" does not find
            // "Thanh"); card numbers and phones match anywhere.
            if (nameText(text)) {
                // the same members as search_text LIKE '% text%', by prefix on the B-tree of search terms
                // instead of the trigram index, whose posting lists for common syllables cost milliseconds
                sql.append(" AND m.id IN (SELECT t.member_id FROM member_search_term t WHERE t.term LIKE :term)");
                p.put("term", escaped + "%");
            } else {
                sql.append(" AND m.search_text LIKE :text");
                p.put("text", identifier(text) ? "%" + escaped + "%" : "% " + escaped + "%");
            }
        }
        return new Where(sql.toString(), p, !text.isEmpty());
    }
}
