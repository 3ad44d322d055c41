package vn.dangbo.member.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Member lists and searches in SQL: scope and subtree by path prefix, filters on indexed columns, the text
 * search on the trigram index of the folded name, card number and phone, and Vietnamese name order from the
 * ICU collation keys (given name, then middle name, then family name).
 */
@Repository
public class MemberSearch {

    private static final String FORMER = "('TRANSFERRED_OUT','REMOVED','EXPELLED','DECEASED')";

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
        Where where = where(q, pathPrefix, memberIds, today);
        // With a text every match is found before sorting anyway, so the same pass counts them (matches).
        long[] matches = {-1};
        List<MemberListItem> items = jdbc.sql("""
                SELECT m.id, m.full_name, m.date_of_birth, m.gender, m.organization_id, m.card_number, m.citizen_id,
                       m.phone, m.admission_date, m.official_date, m.current_status, m.temp_organization_id""" +
                (where.text() ? ", count(*) OVER () AS matches" : "") + " FROM " + from(where) + orderBy(q.sort())
                + " LIMIT :limit OFFSET :offset")
                .params(where.params).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> {
                    if (where.text()) {
                        matches[0] = rs.getLong("matches");
                    }
                    long temp = rs.getLong("temp_organization_id");
                    Long tempId = rs.wasNull() ? null : temp;
                    return new MemberListItem(rs.getLong("id"), rs.getString("full_name"),
                            rs.getObject("date_of_birth", LocalDate.class), Gender.valueOf(rs.getString("gender")),
                            rs.getLong("organization_id"), null, rs.getString("card_number"),
                            CitizenIds.mask(rs.getString("citizen_id")), rs.getString("phone"),
                            rs.getObject("admission_date", LocalDate.class),
                            rs.getObject("official_date", LocalDate.class),
                            MemberStatus.valueOf(rs.getString("current_status")), tempId);
                })
                .list();
        // A page that is not full is the last one, so it tells the total: most searches find fewer members
        // than a page holds, and need no count.
        boolean lastPage = items.size() < paging.size() && (!items.isEmpty() || paging.offset() == 0);
        long total = lastPage ? paging.offset() + items.size()
                : matches[0] >= 0 ? matches[0]
                : jdbc.sql("SELECT count(*) FROM member m" + where.sql).params(where.params).query(Long.class).single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
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

    private static Where where(MemberQuery q, String pathPrefix, List<Long> memberIds, LocalDate today) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        Map<String, Object> p = new HashMap<>();
        if (!"/".equals(pathPrefix)) {
            sql.append(" AND (m.org_path LIKE :scope OR m.temp_org_path LIKE :scope)");
            p.put("scope", pathPrefix + "%");
        }
        if (memberIds != null) {
            sql.append(" AND m.id = ANY(:ids)");
            p.put("ids", memberIds.toArray(Long[]::new));
        }
        if (!q.statuses().isEmpty()) {
            sql.append(" AND m.current_status IN (:statuses)");
            p.put("statuses", q.statuses().stream().map(Enum::name).toList());
        } else if (!q.includeFormer()) {
            sql.append(" AND m.current_status NOT IN " + FORMER);
        }
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
            sql.append(" AND m.admission_date BETWEEN :admittedFrom AND :admittedTo");
            p.put("admittedFrom", q.partyAgeBand().admittedFrom(today));
            p.put("admittedTo", q.partyAgeBand().admittedTo(today));
        }
        String text = VietnameseText.fold(q.text());
        if (!text.isEmpty()) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            // Names match at the start of a word ("minh duc" finds "Trần Minh Đức", "anh" does not find
            // "Thanh"); card numbers and phones match anywhere.
            boolean identifier = text.chars().anyMatch(Character::isDigit) && !text.contains(" ");
            if (identifier || text.contains("|")) {
                sql.append(" AND m.search_text LIKE :text");
                p.put("text", identifier ? "%" + escaped + "%" : "% " + escaped + "%");
            } else {
                // the same members as search_text LIKE '% text%', found by prefix on the B-tree of search terms
                // (every word-suffix of the name, the card, the phone) instead of the trigram index, whose
                // posting lists for common syllables make a name search cost milliseconds (docs/performance.md)
                sql.append(" AND m.id IN (SELECT t.member_id FROM member_search_term t WHERE t.term LIKE :term)");
                p.put("term", escaped + "%");
            }
        }
        return new Where(sql.toString(), p, !text.isEmpty());
    }
}
