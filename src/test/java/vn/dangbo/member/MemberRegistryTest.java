package vn.dangbo.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.CellType;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/** The register keeps history with effective dates, audits every view and change, and keeps typed input on errors. */
@DangboTest
class MemberRegistryTest {

    @Autowired MemberRegistry registry;
    @Autowired MemberDirectory directory;
    @Autowired OrganizationManagement organizations;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired Clock clock;

    long cell(String name, String place) {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = ? AND place_name = ?").params(name, place)
                .query(Long.class).single();
    }

    long register(long cell, String name, String card, LocalDate admitted, LocalDate official) {
        return as.call("mythoi.vanphong", () -> registry.register(cell, new MemberData(name, LocalDate.of(1975, 2, 2),
                Gender.FEMALE, "Kinh", null, null, null, admitted, official, card, null, null, null, null, null, null,
                null, null), RegistrationKind.MEMBER, null));
    }

    @Test
    void theStatusAsOfADateComesFromTheHistoryNotFromTheCurrentValue() {
        long kp6 = cell("Chi bộ Khu phố 6", "Mỹ Thới");
        long id = register(kp6, "Châu Thị Mến", "91800001", LocalDate.of(2010, 4, 3), LocalDate.of(2011, 4, 10));
        as.run("mythoi.vanphong", () -> registry.changeStatus(id, MemberStatus.EXEMPTED, LocalDate.of(2024, 3, 3),
                "Tuổi cao", "QĐ 12-QĐ/ĐU"));
        as.run("mythoi.vanphong", () -> registry.changeStatus(id, MemberStatus.DECEASED, LocalDate.of(2026, 2, 14), null, null));
        as.run("mythoi.vanphong", () -> {
            assertThat(directory.statusAsOf(id, LocalDate.of(2009, 1, 1))).isEmpty();
            assertThat(directory.statusAsOf(id, LocalDate.of(2010, 12, 31))).contains(MemberStatus.PROBATIONARY);
            assertThat(directory.statusAsOf(id, LocalDate.of(2011, 4, 10))).contains(MemberStatus.OFFICIAL);
            assertThat(directory.statusAsOf(id, LocalDate.of(2025, 6, 30))).contains(MemberStatus.EXEMPTED);
            assertThat(directory.statusAsOf(id, LocalDate.of(2026, 3, 1))).contains(MemberStatus.DECEASED);
        });
    }

    @Test
    void aTransferKeepsTheOrganizationHistoryAndTheOrganizationAsOfADate() {
        long kp6 = cell("Chi bộ Khu phố 6", "Mỹ Thới");
        long kp7 = cell("Chi bộ Khu phố 7", "Mỹ Thới");
        long id = register(kp6, "Quách Thị Lụa", "91800002", LocalDate.of(2001, 4, 3), LocalDate.of(2002, 4, 10));
        as.run("mythoi.vanphong", () -> registry.transfer(id, TransferKind.OFFICIAL, kp7, null, LocalDate.of(2025, 10, 3),
                "QĐ 45-QĐ/ĐU", "Chuyển nơi ở"));
        as.run("mythoi.vanphong", () -> {
            assertThat(directory.organizationAsOf(id, LocalDate.of(2025, 10, 2))).contains(kp6);
            assertThat(directory.organizationAsOf(id, LocalDate.of(2025, 10, 3))).contains(kp7);
            MemberDetail d = directory.detail(id);
            assertThat(d.organization().id()).isEqualTo(kp7);
            assertThat(d.transfers()).extracting(t -> t.transfer().kind()).containsExactly(TransferKind.OFFICIAL, TransferKind.JOINED);
            assertThat(d.transfers().get(0).fromName()).isEqualTo("Chi bộ Khu phố 6");
        });
    }

    @Test
    void movingAnOrganizationCarriesItsMembersAlongSoScopesStillMatch() {
        long ward = cell("Đảng bộ phường Mỹ Thới", "Mỹ Thới");
        long grassroots = as.call("mythoi.vanphong", () -> organizations.create(ward, new OrganizationData(
                OrganizationKind.GRASSROOTS_COMMITTEE, CellType.ENTERPRISE, "Đảng bộ Công ty Cấp nước Mỹ Thới", "Mỹ Thới", null, null)));
        long cell = as.call("mythoi.vanphong", () -> organizations.create(ward, new OrganizationData(
                OrganizationKind.CELL, CellType.ENTERPRISE, "Chi bộ Xí nghiệp Nước sạch", "Mỹ Thới", null, null)));
        long id = register(cell, "Tô Thị Quyên", "91800003", LocalDate.of(2012, 1, 3), LocalDate.of(2013, 1, 10));
        as.run("mythoi.vanphong", () -> organizations.move(cell, grassroots));
        String memberPath = jdbc.sql("SELECT org_path FROM member WHERE id = ?").param(id).query(String.class).single();
        String cellPath = jdbc.sql("SELECT path FROM party_organization WHERE id = ?").param(cell).query(String.class).single();
        assertThat(cellPath).endsWith("/" + grassroots + "/" + cell + "/");
        assertThat(memberPath).isEqualTo(cellPath);
        assertThat(as.call("mythoi.vanphong", () -> directory.detail(id)).organization().id()).isEqualTo(cell);
    }

    @Test
    void aCellWithMembersCannotBeDissolved() {
        long kp6 = cell("Chi bộ Khu phố 6", "Mỹ Thới");
        assertThatThrownBy(() -> as.run("mythoi.vanphong", () -> organizations.dissolve(kp6, LocalDate.of(2026, 1, 1), "Sáp nhập")))
                .hasMessageContaining("HAS_MEMBERS");
    }

    @Test
    void everyProblemOfAFormIsReportedAtOnce() {
        long kp6 = cell("Chi bộ Khu phố 6", "Mỹ Thới");
        assertThatThrownBy(() -> as.run("mythoi.vanphong", () -> registry.register(kp6, new MemberData("Lê 3", null,
                null, null, null, null, null, LocalDate.now(clock).plusDays(1), null, "90000001", "123", "12ab", null, null,
                null, null, null, null), RegistrationKind.MEMBER, null)))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .contains("fullName:member.validation.fullName", "dateOfBirth:validation.required",
                                "gender:validation.required", "admissionDate:validation.notFuture",
                                "cardNumber:member.validation.cardNumberTaken", "citizenId:member.validation.citizenId",
                                "phone:member.validation.phone"));
    }

    @Test
    void aFormWithAnErrorShowsItBesideTheFieldAndKeepsEverythingTyped() throws Exception {
        long kp6 = cell("Chi bộ Khu phố 6", "Mỹ Thới");
        String page = mvc.perform(post("/members").with(as.user("mythoi.vanphong")).with(csrf())
                        .param("organizationId", "" + kp6).param("fullName", "Lâm Thị Huệ").param("gender", "FEMALE")
                        .param("dateOfBirth", "1990-05-06").param("admissionDate", LocalDate.now(clock).plusDays(1).toString())
                        .param("hometown", "Chợ Mới, An Giang").param("phone", "0900111222"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.selectFirst("[data-testid=error-admissionDate]").text()).isEqualTo("Ngày này không được sau ngày hôm nay.");
        assertThat(html.selectFirst("#admissionDate").hasClass("is-invalid")).isTrue();
        assertThat(html.selectFirst("#fullName").val()).isEqualTo("Lâm Thị Huệ");
        assertThat(html.selectFirst("#hometown").val()).isEqualTo("Chợ Mới, An Giang");
        assertThat(html.selectFirst("#phone").val()).isEqualTo("0900111222");
        assertThat(html.selectFirst("#dateOfBirth").val()).isEqualTo("06/05/1990");
        assertThat(html.selectFirst("#gender option[selected]").val()).isEqualTo("FEMALE");
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE full_name = 'Lâm Thị Huệ'").query(Long.class).single()).isZero();
    }

    @Test
    void viewingAndChangingAMemberAreAuditedWithBeforeAndAfterAndAMaskedCitizenId() throws Exception {
        long kp6 = cell("Chi bộ Khu phố 6", "Mỹ Thới");
        long id = as.call("mythoi.vanphong", () -> registry.register(kp6, new MemberData("Mai Thị Hạnh",
                LocalDate.of(1979, 3, 3), Gender.FEMALE, "Kinh", null, null, null, LocalDate.of(2004, 3, 3),
                LocalDate.of(2005, 3, 10), "91800005", "000177700005", null, null, null, null, null, null, null),
                RegistrationKind.MEMBER, null));
        mvc.perform(get("/members/" + id).with(as.user("mythoi.lanhdao")));
        var member = as.call("mythoi.vanphong", () -> directory.forEdit(id));
        as.run("mythoi.vanphong", () -> registry.update(id, member.version(), new MemberData("Mai Thị Hạnh",
                LocalDate.of(1979, 3, 3), Gender.FEMALE, "Kinh", null, "Long Xuyên", null, LocalDate.of(2004, 3, 3),
                LocalDate.of(2005, 3, 10), "91800005", "000177700005", null, null, null, null, null, null, null)));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE entity_type = 'MEMBER' AND entity_id = ? AND action = 'VIEW'
                  AND actor_username = 'mythoi.lanhdao' AND client_address IS NOT NULL""").param("" + id)
                .query(Long.class).single()).isEqualTo(1);
        var change = jdbc.sql("""
                SELECT before_state::text, after_state::text FROM audit_event
                WHERE entity_type = 'MEMBER' AND entity_id = ? AND action = 'UPDATE'""").param("" + id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(change[0]).contains("\"hometown\": null");
        assertThat(change[1]).contains("Long Xuyên").doesNotContain("000177700005");
        String created = jdbc.sql("SELECT after_state::text FROM audit_event WHERE entity_type = 'MEMBER' AND entity_id = ? AND action = 'CREATE'")
                .param("" + id).query(String.class).single();
        assertThat(created).contains("••••••••0005").doesNotContain("000177700005");
    }
}
