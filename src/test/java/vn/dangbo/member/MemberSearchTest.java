package vn.dangbo.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.member.MemberData;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.Paging;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/** Searching the register: insensitive to diacritics and case, in Vietnamese name order, within scope. */
@DangboTest
class MemberSearchTest {

    @Autowired MemberDirectory directory;
    @Autowired MemberRegistry registry;
    @Autowired OrganizationDirectory organizations;
    @Autowired As as;

    @Test
    void typingWithoutDiacriticsFindsTheDemoMemberNguyenThiAnh() {
        var page = as.call("mythoi.vanphong", () -> directory.find(MemberQuery.text("nguyen thi anh"), new Paging(0, 20)));
        assertThat(page.items()).extracting(MemberListItem::fullName).contains("Nguyễn Thị Ánh");
    }

    @Test
    void searchMatchesCardNumbersAndPhonesAnywhere() {
        var byCard = as.call("mythoi.vanphong", () -> directory.find(MemberQuery.text("90000001"), new Paging(0, 20)));
        assertThat(byCard.items()).extracting(MemberListItem::fullName).containsExactly("Nguyễn Thị Ánh");
        var byPhone = as.call("mythoi.vanphong", () -> directory.find(MemberQuery.text("0900100001"), new Paging(0, 20)));
        assertThat(byPhone.items()).extracting(MemberListItem::fullName).containsExactly("Nguyễn Thị Ánh");
    }

    @Test
    void namesMatchAtTheStartOfAWordNotInsideIt() {
        long cell = cell("Chi bộ Khu phố 4");
        register(cell, "Võ Thị Thanh Hương", "91900001");
        var anh = as.call("mythoi.vanphong", () -> directory.find(
                new MemberQuery("anh", cell, List.of(), null, null, null, null, false, MemberQuery.Sort.NAME), new Paging(0, 50)));
        assertThat(anh.items()).extracting(MemberListItem::fullName).doesNotContain("Võ Thị Thanh Hương");
        var thanh = as.call("mythoi.vanphong", () -> directory.find(
                new MemberQuery("THANH HUONG", cell, List.of(), null, null, null, null, false, MemberQuery.Sort.NAME), new Paging(0, 50)));
        assertThat(thanh.items()).extracting(MemberListItem::fullName).contains("Võ Thị Thanh Hương");
    }

    @Test
    void listsAreInVietnameseOrderOfGivenNameThenMiddleNameThenFamilyName() {
        long cell = cell("Chi bộ Khu phố 5");
        register(cell, "Lê Văn Đức", "91900011");
        register(cell, "Bùi Văn Dũng", "91900012");
        register(cell, "Ông Thị Giang", "91900013");
        register(cell, "An Văn Đức", "91900014");
        register(cell, "An Thị Đức", "91900015");
        var page = as.call("mythoi.vanphong", () -> directory.find(
                new MemberQuery("91900", cell, List.of(), null, null, null, null, false, MemberQuery.Sort.NAME), new Paging(0, 50)));
        // Dũng < Đức < Giang (đ is a letter after d); for the same given name, middle "Thị" < "Văn", then family
        assertThat(page.items()).extracting(MemberListItem::fullName)
                .containsExactly("Bùi Văn Dũng", "An Thị Đức", "An Văn Đức", "Lê Văn Đức", "Ông Thị Giang");
    }

    @Test
    void aCellSecretarySearchesOnlyTheirOwnCell() {
        var page = as.call("mythoi.kp1", () -> directory.find(MemberQuery.all(), new Paging(0, 200)));
        long kp1 = cell("Chi bộ Khu phố 1");
        assertThat(page.items()).isNotEmpty().allSatisfy(m ->
                assertThat(m.organizationId() == kp1 || (m.tempOrganizationId() != null && m.tempOrganizationId() == kp1)).isTrue());
    }

    private long cell(String name) {
        return as.call("mythoi.vanphong", () -> organizations.findByName("/", name, 50).stream()
                .filter(o -> o.placeName().equals("Mỹ Thới")).map(OrganizationSummary::id).findFirst().orElseThrow());
    }

    private void register(long cell, String name, String card) {
        as.run("mythoi.vanphong", () -> registry.register(cell, new MemberData(name, LocalDate.of(1980, 1, 1),
                Gender.MALE, "Kinh", null, null, null, LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 10), card, null,
                null, null, null, null, null, null, null), RegistrationKind.MEMBER, null));
    }
}
