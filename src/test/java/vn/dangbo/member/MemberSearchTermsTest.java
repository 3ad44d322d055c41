package vn.dangbo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.member.domain.Member;
import vn.dangbo.organization.OrganizationDirectory;
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
    @Autowired JdbcClient jdbc;
    @Autowired As as;

    @Test
    void aRenamedMemberIsFoundUnderTheNewNameAndNoLongerUnderTheOld() {
        long cell = cell("Chi bộ Khu phố 6");
        long id = register(cell, "Quách Văn Khải", "91910001", "0912000111");
        assertThat(names("quach van khai")).contains("Quách Văn Khải");

        Member m = as.call("mythoi.vanphong", () -> directory.forEdit(id));
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
    void theTermsTheRegistryWritesAreThoseTheMigrationDerivesFromTheSearchText() {
        register(cell("Chi bộ Khu phố 7"), "Tôn Nữ Thị Minh Châu", "AB-1234", null);
        // the derivation of V6__member_search_terms.sql, which filled the table for members registered before it
        List<String> derived = jdbc.sql("""
                SELECT DISTINCT t.term || ' #' || m.id
                FROM member m
                CROSS JOIN LATERAL (
                    SELECT array_to_string(w.words[i:], ' ') AS term
                    FROM (SELECT string_to_array(btrim(split_part(m.search_text, ' | ', 1)), ' ') AS words) w,
                         generate_series(1, cardinality(w.words)) i
                    UNION ALL SELECT split_part(m.search_text, ' | ', 2)
                    UNION ALL SELECT split_part(m.search_text, ' | ', 3)
                ) t
                WHERE t.term <> '' ORDER BY 1""").query(String.class).list();
        List<String> written = jdbc.sql("SELECT term || ' #' || member_id FROM member_search_term ORDER BY 1")
                .query(String.class).list();
        assertThat(written).isEqualTo(derived);
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
