package vn.dangbo.member.domain;

import vn.dangbo.member.MemberData;
import vn.dangbo.member.MemberSearchText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.TransferKind;
import vn.dangbo.organization.MemberCounts;
import vn.dangbo.shared.importing.CopyRows;
import vn.dangbo.shared.text.PersonName;
import vn.dangbo.shared.text.VietnameseText;

/** SQL for the member register. Lists page and filter in SQL; searches use the trigram index on search_text. */
@Repository
public class MemberRepository {

    static final String COLUMNS = """
            id, organization_id, org_path, temp_organization_id, temp_org_path, temp_external, full_name, family_name,
            middle_name, given_name, date_of_birth, gender, ethnicity, religion, hometown, residence, admission_date,
            official_date, card_number, citizen_id, phone, email, education, political_theory, occupation,
            transfer_in_date, transfer_out_date, notes, current_status, status_since, updated_at, updated_by, version""";

    static final String ON_ROLL = RollPolicy.ON_ROLL_SQL;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    MemberRepository(JdbcClient jdbc, DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * The folded text a search matches: " name | card | phone" (see {@link MemberSearchText}). A trigger keeps the
     * prefix-search terms (member_search_term) in step with it and with the scope, status and name keys.
     */
    public static String searchText(String fullName, String cardNumber, String phone) {
        return MemberSearchText.of(fullName, cardNumber, phone);
    }

    /** When the row last changed (for the message that refuses a change made from an older version). */
    public Optional<java.time.OffsetDateTime> changedAt(long id) {
        return jdbc.sql("SELECT updated_at FROM member WHERE id = ?").param(id)
                .query(java.time.OffsetDateTime.class).optional();
    }

    public Optional<Member> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE id = ?").param(id).query(Member.class).optional();
    }

    public Optional<Member> findByCardNumber(String cardNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE card_number = ?").param(cardNumber)
                .query(Member.class).optional();
    }

    public Optional<Member> findByCitizenId(String citizenId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE citizen_id = ?").param(citizenId)
                .query(Member.class).optional();
    }

    /** Existing members with any of these card numbers or citizen IDs (for matching an import). */
    public List<Member> findByCardsOrCitizenIds(Collection<String> cards, Collection<String> citizenIds) {
        if (cards.isEmpty() && citizenIds.isEmpty()) {
            return List.of();
        }
        // arrays rather than IN lists: one short statement whatever the number of values (an import looks up its
        // whole file at once), planned once, each array probed through its unique index
        return jdbc.sql("""
                SELECT %s FROM member WHERE card_number = ANY (CAST(:cards AS text[]))
                UNION SELECT %s FROM member WHERE citizen_id = ANY (CAST(:ids AS text[]))""".formatted(COLUMNS, COLUMNS))
                .param("cards", cards.toArray(String[]::new))
                .param("ids", citizenIds.toArray(String[]::new))
                .query(Member.class).list();
    }

    /** Members with these ids (in no particular order), for exports that page through a list of ids. */
    public List<Member> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE id IN (:ids)").param("ids", ids)
                .query(Member.class).list();
    }

    /** Members under a path born on any of these dates (to warn of a second record of the same person). */
    public List<Member> findByBirthDates(String pathPrefix, Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE org_path LIKE :p AND date_of_birth IN (:dates)")
                .param("p", pathPrefix + "%").param("dates", dates).query(Member.class).list();
    }

    public long insert(MemberData d, long organizationId, String orgPath, MemberStatus status, LocalDate statusSince,
            String actor) {
        PersonName name = PersonName.parse(d.fullName());
        return jdbc.sql("""
                INSERT INTO member (organization_id, org_path, full_name, family_name, middle_name, given_name,
                    given_key, middle_key, family_key, search_text, date_of_birth, gender, ethnicity, religion, hometown,
                    residence, admission_date, official_date, card_number, citizen_id, phone, email, education,
                    political_theory, occupation, transfer_in_date, notes, current_status, status_since, created_by,
                    updated_by)
                VALUES (:org, :path, :full, :family, :middle, :given, :gk, :mk, :fk, :search, :dob, :gender, :ethnicity,
                    :religion, :hometown, :residence, :admission, :official, :card, :citizen, :phone, :email,
                    :education, :theory, :occupation, :transferIn, :notes, :status, :since, :actor, :actor)
                RETURNING id""")
                .param("org", organizationId).param("path", orgPath)
                .params(nameParams(name, d))
                .params(dataParams(d))
                .param("status", status.name()).param("since", statusSince).param("actor", actor)
                .query(Long.class).single();
    }

    /** A member to register in bulk, with the status it gets and the history rows that go with it. */
    public record NewMember(MemberData data, long organizationId, String orgPath, MemberStatus status,
            LocalDate statusSince, List<NewStatus> history, TransferKind joinedAs, String external, LocalDate joined) {}

    /** A row of the status history of a member registered in bulk. */
    public record NewStatus(MemberStatus status, LocalDate effectiveDate, String reason) {}

    /**
     * Registers many members set-based, as the import's confirmation does: ids drawn from the sequence in one query,
     * then one COPY each into member, member_status_change and member_transfer (the statement-level triggers of
     * member keep search terms and member counts, once for the whole set). Returns the new ids, in order.
     */
    public List<Long> insertAll(List<NewMember> members, String actor) {
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('member', 'id')) FROM generate_series(1, ?)")
                .param(members.size()).query(Long.class).list();
        try (CopyRows copy = CopyRows.into(dataSource, "member", """
                id, organization_id, org_path, full_name, family_name, middle_name, given_name, given_key, middle_key,
                family_key, search_text, date_of_birth, gender, ethnicity, religion, hometown, residence, admission_date,
                official_date, card_number, citizen_id, phone, email, education, political_theory, occupation,
                transfer_in_date, notes, current_status, status_since, created_by, updated_by""")) {
            for (int i = 0; i < members.size(); i++) {
                NewMember m = members.get(i);
                MemberData d = m.data();
                PersonName name = PersonName.parse(d.fullName());
                copy.number(ids.get(i)).number(m.organizationId()).text(m.orgPath()).text(name.fullName())
                        .text(name.familyName()).text(name.middleName()).text(name.givenName())
                        .bytes(VietnameseText.sortKey(name.givenName())).bytes(VietnameseText.sortKey(name.middleName()))
                        .bytes(VietnameseText.sortKey(name.familyName()))
                        .text(searchText(name.fullName(), d.cardNumber(), d.phone())).date(d.dateOfBirth())
                        .text(d.gender() == null ? null : d.gender().name()).text(d.ethnicity()).text(d.religion())
                        .text(d.hometown()).text(d.residence()).date(d.admissionDate()).date(d.officialDate())
                        .text(d.cardNumber()).text(d.citizenId()).text(d.phone()).text(d.email()).text(d.education())
                        .text(d.politicalTheory()).text(d.occupation()).date(d.transferInDate()).text(d.notes())
                        .text(m.status().name()).date(m.statusSince()).text(actor).text(actor).end();
            }
        }
        try (CopyRows copy = CopyRows.into(dataSource, "member_status_change",
                "member_id, status, effective_date, reason, created_by")) {
            for (int i = 0; i < members.size(); i++) {
                for (NewStatus h : members.get(i).history()) {
                    copy.number(ids.get(i)).text(h.status().name()).date(h.effectiveDate()).text(h.reason())
                            .text(actor).end();
                }
            }
        }
        try (CopyRows copy = CopyRows.into(dataSource, "member_transfer",
                "member_id, kind, to_organization_id, external_organization, effective_date, created_by")) {
            for (int i = 0; i < members.size(); i++) {
                NewMember m = members.get(i);
                copy.number(ids.get(i)).text(m.joinedAs().name()).number(m.organizationId()).text(m.external())
                        .date(m.joined()).text(actor).end();
            }
        }
        return ids;
    }

    /** Updates the register fields if the version still matches; false when someone else changed it first. */
    public boolean update(long id, int version, MemberData d, String actor) {
        PersonName name = PersonName.parse(d.fullName());
        return jdbc.sql("""
                UPDATE member SET full_name = :full, family_name = :family, middle_name = :middle, given_name = :given,
                    given_key = :gk, middle_key = :mk, family_key = :fk, search_text = :search, date_of_birth = :dob,
                    gender = :gender, ethnicity = :ethnicity, religion = :religion, hometown = :hometown,
                    residence = :residence, admission_date = :admission, official_date = :official, card_number = :card,
                    citizen_id = :citizen, phone = :phone, email = :email, education = :education,
                    political_theory = :theory, occupation = :occupation, transfer_in_date = :transferIn,
                    notes = :notes, updated_at = now(), updated_by = :actor, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(nameParams(name, d))
                .params(dataParams(d))
                .param("actor", actor).param("id", id).param("version", version)
                .update() == 1;
    }

    private static Map<String, Object> nameParams(PersonName name, MemberData d) {
        Map<String, Object> p = new HashMap<>();
        p.put("full", name.fullName());
        p.put("family", name.familyName());
        p.put("middle", name.middleName());
        p.put("given", name.givenName());
        p.put("gk", VietnameseText.sortKey(name.givenName()));
        p.put("mk", VietnameseText.sortKey(name.middleName()));
        p.put("fk", VietnameseText.sortKey(name.familyName()));
        p.put("search", searchText(name.fullName(), d.cardNumber(), d.phone()));
        return p;
    }

    private static Map<String, Object> dataParams(MemberData d) {
        Map<String, Object> p = new HashMap<>();
        p.put("dob", d.dateOfBirth());
        p.put("gender", d.gender() == null ? null : d.gender().name());
        p.put("ethnicity", d.ethnicity());
        p.put("religion", d.religion());
        p.put("hometown", d.hometown());
        p.put("residence", d.residence());
        p.put("admission", d.admissionDate());
        p.put("official", d.officialDate());
        p.put("card", d.cardNumber());
        p.put("citizen", d.citizenId());
        p.put("phone", d.phone());
        p.put("email", d.email());
        p.put("education", d.education());
        p.put("theory", d.politicalTheory());
        p.put("occupation", d.occupation());
        p.put("transferIn", d.transferInDate());
        p.put("notes", d.notes());
        return p;
    }

    public void setStatus(long id, MemberStatus status, LocalDate since, LocalDate officialDate, String actor) {
        jdbc.sql("""
                UPDATE member SET current_status = :status, status_since = :since,
                    official_date = COALESCE(:official, official_date), updated_at = now(), updated_by = :actor,
                    version = version + 1 WHERE id = :id""")
                .param("status", status.name()).param("since", since).param("official", officialDate)
                .param("actor", actor).param("id", id).update();
    }

    public void setOrganization(long id, long organizationId, String orgPath, String actor) {
        jdbc.sql("""
                UPDATE member SET organization_id = ?, org_path = ?, updated_at = now(), updated_by = ?,
                    version = version + 1 WHERE id = ?""")
                .params(organizationId, orgPath, actor, id).update();
    }

    public void setTemporary(long id, Long tempOrganizationId, String tempOrgPath, String tempExternal, String actor) {
        jdbc.sql("""
                UPDATE member SET temp_organization_id = ?, temp_org_path = ?, temp_external = ?, updated_at = now(),
                    updated_by = ?, version = version + 1 WHERE id = ?""")
                .params(tempOrganizationId, tempOrgPath, tempExternal, actor, id).update();
    }

    public void setTransferOut(long id, LocalDate date, String actor) {
        jdbc.sql("UPDATE member SET transfer_out_date = ?, updated_at = now(), updated_by = ? WHERE id = ?")
                .params(date, actor, id).update();
    }

    public void setTransferIn(long id, LocalDate date, String actor) {
        jdbc.sql("UPDATE member SET transfer_in_date = ?, transfer_out_date = NULL, updated_at = now(), updated_by = ? WHERE id = ?")
                .params(date, actor, id).update();
    }

    // --- status history -------------------------------------------------------------------------------------

    public void insertStatus(long memberId, MemberStatus status, LocalDate effectiveDate, String reason,
            String decisionRef, String actor) {
        jdbc.sql("""
                INSERT INTO member_status_change (member_id, status, effective_date, reason, decision_ref, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(memberId, status.name(), effectiveDate, reason, decisionRef, actor).update();
    }

    /** A corrected date in the register moves the matching history row with it. */
    public void correctStatusDate(long memberId, MemberStatus status, LocalDate oldDate, LocalDate newDate) {
        jdbc.sql("""
                UPDATE member_status_change SET effective_date = ?
                WHERE member_id = ? AND status = ? AND effective_date = ?""")
                .params(newDate, memberId, status.name(), oldDate).update();
    }

    /** Sets the current status and its date from the latest history row. */
    public void refreshStatusSince(long memberId) {
        jdbc.sql("""
                UPDATE member m SET current_status = h.status, status_since = h.effective_date
                FROM (SELECT status, effective_date FROM member_status_change WHERE member_id = :id
                      ORDER BY effective_date DESC, id DESC LIMIT 1) h
                WHERE m.id = :id""").param("id", memberId).update();
    }

    public List<StatusChange> statusHistory(long memberId) {
        return jdbc.sql("""
                SELECT id, member_id, status, effective_date, reason, decision_ref, created_at, created_by
                FROM member_status_change WHERE member_id = ? ORDER BY effective_date DESC, id DESC""")
                .param(memberId).query(StatusChange.class).list();
    }

    /** The status in force on a date: the latest change on or before it. */
    public Optional<MemberStatus> statusAsOf(long memberId, LocalDate date) {
        return jdbc.sql("""
                SELECT status FROM member_status_change WHERE member_id = ? AND effective_date <= ?
                ORDER BY effective_date DESC, id DESC LIMIT 1""")
                .params(memberId, date).query(String.class).optional().map(MemberStatus::valueOf);
    }

    // --- transfers ------------------------------------------------------------------------------------------

    public void insertTransfer(long memberId, TransferKind kind, Long from, Long to, String external,
            LocalDate effectiveDate, String decisionRef, String reason, String actor) {
        jdbc.sql("""
                INSERT INTO member_transfer (member_id, kind, from_organization_id, to_organization_id,
                    external_organization, effective_date, decision_ref, reason, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(memberId, kind.name(), from, to, external, effectiveDate, decisionRef, reason, actor).update();
    }

    public List<Transfer> transfers(long memberId) {
        return jdbc.sql("""
                SELECT id, member_id, kind, from_organization_id, to_organization_id, external_organization,
                       effective_date, decision_ref, reason, created_at, created_by
                FROM member_transfer WHERE member_id = ? ORDER BY effective_date DESC, id DESC""")
                .param(memberId).query(Transfer.class).list();
    }

    /** The organization a member officially belonged to on a date, from the transfer history. */
    public Optional<Long> organizationAsOf(long memberId, LocalDate date) {
        return jdbc.sql("""
                SELECT to_organization_id FROM member_transfer
                WHERE member_id = ? AND effective_date <= ? AND kind IN ('JOINED', 'OFFICIAL', 'IN', 'OUT')
                ORDER BY effective_date DESC, id DESC LIMIT 1""")
                .params(memberId, date).query(Long.class).optional();
    }

    // --- counts for organizations ---------------------------------------------------------------------------

    /**
     * The roll of each direct child of parentPath (subtree totals) as of a date, keyed by the child's path
     * ({@link RollPolicy}: on the roll, official, probationary; attached from outside the child counted beside).
     */
    public Map<String, MemberCounts> countsByChild(String parentPath, LocalDate asOf) {
        Map<String, MemberCounts> result = new HashMap<>();
        String childPattern = "^" + parentPath + "[0-9]+/";
        jdbc.sql("""
                SELECT substring(m.org_path from :pattern) AS child,
                       count(*) FILTER (WHERE\s""" + RollPolicy.official("m") + """
                ) AS official,
                       count(*) FILTER (WHERE\s""" + RollPolicy.probationary("m") + """
                ) AS probationary,
                       count(*) FILTER (WHERE\s""" + RollPolicy.attachedIn("m") + """
                ) AS temporary_in
                FROM member m WHERE m.org_path LIKE :below GROUP BY 1""")
                .param("pattern", childPattern).param("asOf", asOf).param("below", parentPath + "_%")
                .query((rs, n) -> {
                    result.merge(rs.getString("child"), new MemberCounts(rs.getLong("official"),
                            rs.getLong("probationary"), rs.getLong("temporary_in"), asOf), MemberCounts::plus);
                    return null;
                }).list();
        jdbc.sql("""
                SELECT substring(m.temp_org_path from :pattern) AS child, count(*) AS temporary_in
                FROM member m WHERE m.temp_org_path LIKE :below AND m.current_status NOT IN\s""" + RollPolicy.GONE_SQL + """
                  AND substring(m.temp_org_path from :pattern) IS DISTINCT FROM substring(m.org_path from :pattern)
                GROUP BY 1""")
                .param("pattern", childPattern).param("below", parentPath + "_%")
                .query((rs, n) -> {
                    result.merge(rs.getString("child"), new MemberCounts(0, 0, rs.getLong("temporary_in"), asOf),
                            MemberCounts::plus);
                    return null;
                }).list();
        result.remove(null);
        return result;
    }

    /** The roll of one organization (its own members, or its whole subtree) as of a date ({@link RollPolicy}). */
    public MemberCounts counts(String path, boolean subtree, LocalDate asOf) {
        String pathCondition = subtree ? "m.org_path LIKE :p" : "m.org_path = :p";
        String tempCondition = subtree ? "m.temp_org_path LIKE :p AND m.org_path NOT LIKE :p"
                : "m.temp_org_path = :p AND m.org_path <> :p";
        Object p = subtree ? path + "%" : path;
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE\s""" + RollPolicy.official("m") + """
                ) AS official,
                       count(*) FILTER (WHERE\s""" + RollPolicy.probationary("m") + """
                ) AS probationary,
                       count(*) FILTER (WHERE\s""" + RollPolicy.attachedIn("m") + """
                ) + (SELECT count(*) FROM member m WHERE\s""" + tempCondition
                        + " AND m.current_status NOT IN " + RollPolicy.GONE_SQL + """
                ) AS temporary_in
                FROM member m WHERE\s""" + pathCondition)
                .param("p", p).param("asOf", asOf)
                .query((rs, n) -> new MemberCounts(rs.getLong("official"), rs.getLong("probationary"),
                        rs.getLong("temporary_in"), asOf)).single();
    }

    /**
     * The roll among these members (an export's rows) within a scope as of a date, by the same definition: members
     * registered outside the scope and attached to it count as temporarily attached, as on the organization page.
     */
    public MemberCounts countsAmong(Collection<Long> ids, String scopePath, LocalDate asOf) {
        if (ids.isEmpty()) {
            return new MemberCounts(0, 0, 0, asOf);
        }
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE m.org_path LIKE :scope AND\s""" + RollPolicy.official("m") + """
                ) AS official,
                       count(*) FILTER (WHERE m.org_path LIKE :scope AND\s""" + RollPolicy.probationary("m") + """
                ) AS probationary,
                       count(*) FILTER (WHERE m.current_status NOT IN\s""" + RollPolicy.GONE_SQL + """
                 AND (m.org_path NOT LIKE :scope OR\s""" + RollPolicy.attachedIn("m") + """
                )) AS temporary_in
                FROM member m WHERE m.id = ANY(:ids)""")
                .param("ids", ids.toArray(Long[]::new)).param("scope", scopePath + "%").param("asOf", asOf)
                .query((rs, n) -> new MemberCounts(rs.getLong("official"), rs.getLong("probationary"),
                        rs.getLong("temporary_in"), asOf)).single();
    }

    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, full_name FROM member WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("full_name"))).list();
        return names;
    }

    /** Members on the roll within a path, in Vietnamese name order. */
    public List<Object[]> choices(String path, int limit) {
        return jdbc.sql("""
                SELECT id, full_name, card_number FROM member
                WHERE org_path LIKE :p AND current_status IN """ + ON_ROLL + """
                 ORDER BY given_key, middle_key, family_key, id LIMIT :limit""")
                .param("p", path + "%").param("limit", limit)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("full_name"), rs.getString("card_number")})
                .list();
    }

    /** Keeps member paths in step when an organization subtree moves. */
    public int movePaths(String oldPath, String newPath) {
        int official = jdbc.sql("""
                UPDATE member SET org_path = :newPath || substr(org_path, :oldLen + 1) WHERE org_path LIKE :old""")
                .param("newPath", newPath).param("oldLen", oldPath.length()).param("old", oldPath + "%").update();
        jdbc.sql("""
                UPDATE member SET temp_org_path = :newPath || substr(temp_org_path, :oldLen + 1)
                WHERE temp_org_path LIKE :old""")
                .param("newPath", newPath).param("oldLen", oldPath.length()).param("old", oldPath + "%").update();
        return official;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM member").query(Long.class).single();
    }

}
