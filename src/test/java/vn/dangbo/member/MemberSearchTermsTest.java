package vn.dangbo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.member.MemberRecord;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.Paging;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Name searches go through the prefix terms (member_search_term) instead of the trigram index; they must find
 * exactly what {@code search_text LIKE '% text%'} finds, and follow every change of name, card or phone.
 */
@DangboTest
class MemberSearchTermsTest {

    @Autowired MemberDirectory directory;
    @Autowired MemberRegistry registry;
    @Autowired OrganizationDirectory organizations;
    @Autowired OrganizationManagement management;
    @Autowired JdbcClient jdbc;
    @Autowired As as;

    @Test
    void aRenamedMemberIsFoundUnderTheNewNameAndNoLongerUnderTheOld() {
        long cell = cell("Chi bộ Khu phố 6");
        long id = register(cell, "Quách Văn Khải", "91910001", "0912000111");
        assertThat(names("quach van khai")).contains("Quách Văn Khải");

        MemberRecord m = as.call("mythoi.vanphong", () -> directory.forEdit(id));
        MemberData renamed = new MemberData("Quách Thị Khuê", m.dateOfBirth(), Gender.FEMALE, m.ethnicity(),
                m.religion(), m.hometown(), m.residence(), m.admissionDate(), m.officialDate(), "91910002", null,
                "0912000222", null, null, null, null, null, null);
        as.run("mythoi.vanphong", () -> registry.update(id, m.version(), renamed));

        assertThat(names("quach van khai")).doesNotContain("Quách Văn Khải", "Quách Thị Khuê");
        assertThat(names("thi khue")).contains("Quách Thị Khuê");
        assertThat(names("91910002")).containsExactly("Quách Thị Khuê");
        assertThat(names("91910001")).isEmpty();
    }

    @Test
    void theSearchTermsFollowEveryMemberThroughRegistrationsRenamesStatusChangesAndTransfers() {
        // the demo data and the other tests registered, renamed, exempted, transferred members: whatever was
        // written, the table holds exactly the terms of each member's search text with its current paths,
        // status and name keys
        long differences = jdbc.sql("""
                WITH expected AS (
                    SELECT t.term, m.id AS member_id, m.org_path, m.temp_org_path, m.current_status, m.given_key,
                           m.middle_key, m.family_key
                    FROM member m CROSS JOIN LATERAL member_search_terms(m.search_text) AS t(term)),
                actual AS (
                    SELECT term, member_id, org_path, temp_org_path, current_status, given_key, middle_key,
                           family_key FROM member_search_term)
                SELECT count(*) FROM ((SELECT * FROM expected EXCEPT ALL SELECT * FROM actual)
                                      UNION ALL (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected)) d""")
                .query(Long.class).single();
        assertThat(differences).isZero();
    }

    @Test
    void aNameSearchFindsExactlyWhatTheSearchTextMatchesAtAWordStartInScopeAndOnTheRoll() {
        String scope = as.call("mythoi.vanphong", () -> organizations.findByName("/", "Đảng bộ phường Mỹ Thới", 5))
                .get(0).path();
        for (String text : List.of("nguyen", "thi", "van an", "a", "ng", "tran van", "anh", "xy", "le thi hong nhung")) {
            List<Long> expected = jdbc.sql("""
                    SELECT id FROM member
                    WHERE (org_path LIKE :scope OR temp_org_path LIKE :scope)
                      AND current_status NOT IN ('TRANSFERRED_OUT','REMOVED','EXPELLED','DECEASED')
                      AND search_text LIKE :text
                    ORDER BY given_key, middle_key, family_key, id""")
                    .param("scope", scope + "%").param("text", "% " + text + "%").query(Long.class).list();
            var found = as.call("mythoi.vanphong", () -> directory.find(MemberQuery.text(text), new Paging(0, 200)));
            assertThat(found.items()).as(text).extracting(MemberListItem::id)
                    .containsExactlyElementsOf(expected.subList(0, Math.min(200, expected.size())));
            assertThat(found.total()).as(text).isEqualTo(expected.size());
        }
    }

    @Test
    void aMemberOfAMovedCellIsFoundUnderTheNewParent() {
        long ward = as.call("mythoi.vanphong", () -> organizations.findByName("/", "Đảng bộ phường Mỹ Thới", 5))
                .get(0).id();
        long committee = as.call("mythoi.vanphong", () -> management.create(ward, new OrganizationData(
                OrganizationKind.GRASSROOTS_COMMITTEE, CellType.ENTERPRISE, "Đảng bộ Công ty Thử Di Chuyển", "Mỹ Thới",
                null, null)));
        long cell = as.call("mythoi.vanphong", () -> management.create(ward, new OrganizationData(OrganizationKind.CELL,
                CellType.ENTERPRISE, "Chi bộ Phân xưởng Thử Di Chuyển", "Mỹ Thới", null, null)));
        register(cell, "Ninh Thị Yến Oanh", "91940001", null);
        as.run("mythoi.vanphong", () -> management.move(cell, committee));

        var underCommittee = as.call("mythoi.vanphong", () -> directory.find(new MemberQuery("ninh thi yen oanh",
                committee, List.of(), null, null, null, null, false, MemberQuery.Sort.NAME), new Paging(0, 20)));
        assertThat(underCommittee.items()).extracting(MemberListItem::fullName).containsExactly("Ninh Thị Yến Oanh");
        theSearchTermsFollowEveryMemberThroughRegistrationsRenamesStatusChangesAndTransfers();
    }

    @Test
    void aDeceasedMemberLeavesTheNameSearchUnlessFormerMembersAreAskedFor() {
        long id = register(cell("Chi bộ Khu phố 5"), "Giáp Thị Xuyến", "91930001", null);
        as.run("mythoi.vanphong", () -> registry.changeStatus(id, MemberStatus.DECEASED, LocalDate.of(2026, 1, 2),
                null, null));
        assertThat(names("giap thi xuyen")).doesNotContain("Giáp Thị Xuyến");
        var withFormer = as.call("mythoi.vanphong", () -> directory.find(new MemberQuery("giap thi xuyen", null,
                List.of(), null, null, null, null, true, MemberQuery.Sort.NAME), new Paging(0, 20)));
        assertThat(withFormer.items()).extracting(MemberListItem::fullName).contains("Giáp Thị Xuyến");
    }

    @Test
    void aNameTextFindsByPrefixOfAnyWordSuffixAndALetterCardByItsStart() {
        long cell = cell("Chi bộ Khu phố 7");
        register(cell, "Lưu Thị Ngọc Diệp", "XY777", null);
        assertThat(names("ngoc diep")).contains("Lưu Thị Ngọc Diệp");
        assertThat(names("thi ngoc d")).contains("Lưu Thị Ngọc Diệp");
        assertThat(names("ngoc die")).contains("Lưu Thị Ngọc Diệp");
        assertThat(names("goc diep")).doesNotContain("Lưu Thị Ngọc Diệp");
        // search_text LIKE '% xy%' matches the card at its start: the terms keep that
        assertThat(names("xy")).contains("Lưu Thị Ngọc Diệp");
    }

    @Test
    void everyPageOfASearchTellsTheSameTotalWhetherItIsFullLastOrBeyondTheEnd() {
        long cell = cell("Chi bộ Khu phố 6");
        for (int i = 1; i <= 5; i++) {
            register(cell, "Khổng Thị Tuyền " + "ABCDE".charAt(i - 1), "9192000" + i, null);
        }
        for (String text : List.of("khong thi tuyen", "9192000")) {
            MemberQuery query = MemberQuery.text(text);
            var full = as.call("mythoi.vanphong", () -> directory.find(query, new Paging(0, 2)));
            var last = as.call("mythoi.vanphong", () -> directory.find(query, new Paging(2, 2)));
            var beyond = as.call("mythoi.vanphong", () -> directory.find(query, new Paging(5, 2)));
            var all = as.call("mythoi.vanphong", () -> directory.find(query, new Paging(0, 200)));
            assertThat(full.items()).hasSize(2);
            assertThat(last.items()).hasSize(1);
            assertThat(beyond.items()).isEmpty();
            assertThat(List.of(full.total(), last.total(), beyond.total(), all.total())).containsOnly(5L);
        }
    }

    @Test
    void aListTotalIsTheNumberOfItsMembersWithTheCountsPerOrganizationKeptInStep() {
        long kp6 = cell("Chi bộ Khu phố 6");
        long kp7 = cell("Chi bộ Khu phố 7");
        long attached = register(kp6, "Văn Thị Nguyệt Cầm", "91950001", null);
        as.run("mythoi.vanphong", () -> registry.transfer(attached, TransferKind.TEMPORARY, kp7, null,
                LocalDate.of(2026, 2, 3), null, "Sinh hoạt tạm thời"));
        long former = register(kp7, "Văn Thị Nguyệt Thu", "91950002", null);
        as.run("mythoi.vanphong", () -> registry.changeStatus(former, MemberStatus.DECEASED, LocalDate.of(2026, 3, 4),
                null, null));

        long differences = jdbc.sql("""
                SELECT count(*) FROM (
                    (SELECT org_path, current_status, count(*) FROM member GROUP BY 1, 2
                     EXCEPT SELECT org_path, current_status, members FROM member_count WHERE members <> 0)
                    UNION ALL
                    (SELECT org_path, current_status, members FROM member_count WHERE members <> 0
                     EXCEPT SELECT org_path, current_status, count(*) FROM member GROUP BY 1, 2)) d""")
                .query(Long.class).single();
        assertThat(differences).isZero();

        OrganizationSummary ward = as.call("mythoi.vanphong",
                () -> organizations.findByName("/", "Đảng bộ phường Mỹ Thới", 5)).get(0);
        for (long scope : List.of(ward.id(), kp6, kp7)) {
            String path = as.call("mythoi.vanphong", () -> organizations.get(scope)).path();
            String current = "current_status NOT IN ('TRANSFERRED_OUT','REMOVED','EXPELLED','DECEASED')";
            java.util.Map<MemberQuery, String> statuses = java.util.Map.of(
                    new MemberQuery(null, scope, List.of(), null, null, null, null, false, MemberQuery.Sort.NAME), current,
                    new MemberQuery(null, scope, List.of(), null, null, null, null, true, MemberQuery.Sort.NAME), "true",
                    new MemberQuery(null, scope, List.of(MemberStatus.OFFICIAL, MemberStatus.DECEASED), null, null,
                            null, null, false, MemberQuery.Sort.NAME), "current_status IN ('OFFICIAL','DECEASED')");
            statuses.forEach((q, condition) -> {
                long expected = jdbc.sql("SELECT count(*) FROM member WHERE (org_path LIKE :p OR temp_org_path LIKE :p) AND "
                        + condition).param("p", path + "%").query(Long.class).single();
                long total = as.call("mythoi.vanphong", () -> directory.find(q, new Paging(0, 1))).total();
                assertThat(total).as("%s", q).isEqualTo(expected).isPositive();
            });
        }
        long everyone = jdbc.sql("SELECT count(*) FROM member WHERE current_status NOT IN "
                + "('TRANSFERRED_OUT','REMOVED','EXPELLED','DECEASED')").query(Long.class).single();
        assertThat(as.call("admin", () -> directory.find(MemberQuery.all(), new Paging(0, 1))).total()).isEqualTo(everyone);
    }

    private List<String> names(String text) {
        return as.call("mythoi.vanphong", () -> directory.find(MemberQuery.text(text), new Paging(0, 200)))
                .items().stream().map(MemberListItem::fullName).toList();
    }

    private long cell(String name) {
        return as.call("mythoi.vanphong", () -> organizations.findByName("/", name, 50).stream()
                .filter(o -> o.placeName().equals("Mỹ Thới")).map(OrganizationSummary::id).findFirst().orElseThrow());
    }

    private long register(long cell, String name, String card, String phone) {
        return as.call("mythoi.vanphong", () -> registry.register(cell, new MemberData(name, LocalDate.of(1975, 3, 1),
                Gender.FEMALE, "Kinh", null, null, null, LocalDate.of(2001, 5, 1), LocalDate.of(2002, 5, 10), card,
                null, phone, null, null, null, null, null, null), RegistrationKind.MEMBER, null));
    }
}
