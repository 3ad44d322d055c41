package vn.dangbo.member;

import java.time.Duration;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.member.domain.Member;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.member.importing.ImportRecord;
import vn.dangbo.member.importing.ImportStatus;
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
 * Importing a member list through the pages, as the ward office of Mỹ Thới: the preview reports every bad row with
 * every reason and imports nothing, a corrected file imports every member, importing again updates instead of
 * duplicating, and nobody outside the scope or without the permission gets anywhere. Every person is fictional.
 */
@DangboTest
class MemberImportTest {

    private static final String OFFICE = "mythoi.vanphong";
    private static final AtomicInteger CELLS = new AtomicInteger();
    private static final AtomicInteger CARDS = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired MemberImport imports;
    @Autowired MemberRepository members;
    @Autowired MemberDirectory directory;
    @Autowired OrganizationManagement organizationManagement;
    @Autowired OrganizationDirectory organizations;
    @Autowired JdbcClient jdbc;

    private String cellName;
    private long cellId;
    private String prefix;

    /** Every test imports into its own new cell, with card numbers no other test uses. */
    @BeforeEach
    void newCell() {
        cellName = "Chi bộ Khu dân cư thử nghiệm " + CELLS.incrementAndGet() + " " + System.nanoTime() % 100000;
        long ward = as.call(OFFICE, () -> organizations.findByName("/", "Đảng bộ phường Mỹ Thới", 5).get(0).id());
        cellId = as.call(OFFICE, () -> organizationManagement.create(ward, new OrganizationData(OrganizationKind.CELL,
                CellType.RESIDENTIAL, cellName, "Mỹ Thới", null, null)));
        prefix = String.format("941%02d", CARDS.incrementAndGet() % 100);
    }

    private static final String[] HEADER = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Quê quán",
            "Ngày vào Đảng", "Ngày chính thức", "Số thẻ đảng viên", "Số CCCD", "Điện thoại", "Chi bộ"};

    private Object[] person(int n, String name, Object born, String gender, Object admitted, Object official,
            String citizenId) {
        return new Object[] {n, name, born, gender, "Kinh", "Xã Mỹ Hòa Hưng", admitted, official, card(n), citizenId,
                "09009410" + String.format("%02d", n), cellName};
    }

    private String card(int n) {
        return prefix + String.format("%03d", n);
    }

    private List<Object[]> goodRows() {
        return new ArrayList<>(List.of(
                person(1, "Phan Văn Lựu", LocalDate.of(1975, 3, 10), "Nam", LocalDate.of(2001, 5, 19),
                        LocalDate.of(2002, 5, 20), "000" + prefix + "0001"),
                person(2, "Hồ Thị Mai Lan", "10/10/1982", "Nữ", "02/09/2008", "2009-09-03", null),
                person(3, "Đoàn Văn Khởi", "05-06-1980", "nam", "19/5/2010", null, "000" + prefix + "0003")));
    }

    @Test
    void anUploadWithTwoBadRowsReportsBothWithEveryReasonAndImportsNothing() throws Exception {
        List<Object[]> rows = goodRows();
        rows.add(person(4, "Mạc Thị Tuyết", "31/02/1980", "", "03/03/2005", null, null));
        rows.add(person(5, "Lâm Văn Sơn Hà", LocalDate.of(2000, 1, 1), "Nam", LocalDate.of(2015, 1, 1), null, "12345"));
        long id = upload("danh-sach.xlsx", xlsx(rows), null);

        Document page = page(id);
        assertThat(page.select("[data-testid=count-errors]").text()).isEqualTo("2");
        assertThat(page.select("[data-testid=count-create]").text()).isEqualTo("3");
        Element bad = page.selectFirst("[data-testid=bad-rows]");
        assertThat(bad.select("tbody tr")).extracting(tr -> tr.attr("data-row")).containsExactly("7", "8");
        Element row7 = bad.selectFirst("tr[data-row=7]");
        assertThat(row7.text()).contains("Mạc Thị Tuyết");
        assertThat(row7.select("li")).extracting(Element::text).containsExactlyInAnyOrder(
                "Ngày sinh: “31/02/1980” không phải ngày hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 02/09/1985.",
                "Giới tính: thiếu thông tin bắt buộc.");
        assertThat(bad.selectFirst("tr[data-row=8]").select("li")).extracting(Element::text).containsExactlyInAnyOrder(
                "Ngày vào Đảng: Ngày vào Đảng phải từ khi đủ 18 tuổi. Căn cứ: Điều lệ Đảng, Điều 1.",
                "Số định danh cá nhân: Số định danh cá nhân gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).");
        assertThat(page.select("[data-testid=import-has-errors]").text()).contains("2 dòng lỗi", "chưa nhập");
        assertThat(page.select("[data-testid=import-confirm]")).as("no plain confirmation while rows are bad").isEmpty();
        assertThat(page.select("[data-testid=import-confirm-only-valid]").text())
                .isEqualTo("Chỉ nhập 3 dòng hợp lệ, bỏ qua 2 dòng lỗi");

        // confirming everything is refused: nothing is imported
        mvc.perform(post("/members/import/" + id + "/confirm").with(csrf()).with(as.user(OFFICE)))
                .andExpect(status().is3xxRedirection());
        assertThat(importStatus(id)).isEqualTo(ImportStatus.PREVIEW);
        for (int n = 1; n <= 5; n++) {
            assertThat(members.findByCardNumber(card(n))).isEmpty();
        }
    }

    @Test
    void aCorrectedFileImportsEveryMemberWithItsFieldsAndAuditsEachOne() throws Exception {
        long id = upload("danh-sach-da-sua.xlsx", xlsx(goodRows()), null);
        Document preview = page(id);
        assertThat(preview.select("[data-testid=count-errors]").text()).isEqualTo("0");
        assertThat(preview.select("[data-testid=sample-rows] tbody tr")).hasSize(3);

        ImportRecord done = confirm(id, false);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.createdCount()).isEqualTo(3);
        assertThat(page(id).select("[data-testid=import-done]").text())
                .isEqualTo("Đã nhập xong: thêm mới 3, cập nhật 0 đảng viên.");

        Member luu = members.findByCardNumber(card(1)).orElseThrow();
        assertThat(luu.fullName()).isEqualTo("Phan Văn Lựu");
        assertThat(luu.dateOfBirth()).isEqualTo(LocalDate.of(1975, 3, 10));
        assertThat(luu.gender()).isEqualTo(Gender.MALE);
        assertThat(luu.ethnicity()).isEqualTo("Kinh");
        assertThat(luu.hometown()).isEqualTo("Xã Mỹ Hòa Hưng");
        assertThat(luu.admissionDate()).isEqualTo(LocalDate.of(2001, 5, 19));
        assertThat(luu.officialDate()).isEqualTo(LocalDate.of(2002, 5, 20));
        assertThat(luu.citizenId()).isEqualTo("000" + prefix + "0001");
        assertThat(luu.phone()).isEqualTo("0900941001");
        assertThat(luu.organizationId()).isEqualTo(cellId);
        assertThat(luu.currentStatus()).isEqualTo(MemberStatus.OFFICIAL);
        Member lan = members.findByCardNumber(card(2)).orElseThrow();
        assertThat(lan.gender()).isEqualTo(Gender.FEMALE);
        assertThat(lan.dateOfBirth()).isEqualTo(LocalDate.of(1982, 10, 10));
        assertThat(lan.officialDate()).isEqualTo(LocalDate.of(2009, 9, 3));
        Member khoi = members.findByCardNumber(card(3)).orElseThrow();
        assertThat(khoi.currentStatus()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(khoi.admissionDate()).isEqualTo(LocalDate.of(2010, 5, 19));

        assertThat(auditCount("MEMBER", "CREATE", List.of(luu.id(), lan.id(), khoi.id()))).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'IMPORT' AND entity_type = 'MEMBER_IMPORT' AND entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE client_address IS NULL AND ((entity_type = 'MEMBER_IMPORT'
                    AND entity_id = ?) OR (entity_type = 'MEMBER' AND action = 'CREATE' AND entity_id IN (?, ?, ?)))""")
                .params(String.valueOf(id), String.valueOf(luu.id()), String.valueOf(lan.id()), String.valueOf(khoi.id()))
                .query(Long.class).single()).as("events written in the background keep the client's address").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM member_import_row WHERE import_id = ?").param(id).query(Long.class)
                .single()).as("the imported rows are not kept").isZero();
    }

    @Test
    void importingTheSameFileAgainUpdatesTheMembersInsteadOfDuplicatingThem() throws Exception {
        byte[] file = xlsx(goodRows());
        confirm(upload("lan-1.xlsx", file, null), false);

        long again = upload("lan-2.xlsx", file, null);
        ImportRecord same = as.call(OFFICE, () -> imports.get(again));
        assertThat(same.createCount()).isZero();
        assertThat(same.unchangedCount()).isEqualTo(3);

        List<Object[]> changed = goodRows();
        changed.get(0)[10] = "0900941099";
        changed.get(1)[4] = "Hoa";
        long third = upload("lan-3.xlsx", xlsx(changed), null);
        ImportRecord check = as.call(OFFICE, () -> imports.get(third));
        assertThat(check.createCount()).isZero();
        assertThat(check.updateCount()).isEqualTo(2);
        assertThat(check.unchangedCount()).isEqualTo(1);
        ImportRecord done = confirm(third, false);
        assertThat(done.updatedCount()).isEqualTo(2);
        assertThat(done.createdCount()).isZero();

        for (int n = 1; n <= 3; n++) {
            assertThat(jdbc.sql("SELECT count(*) FROM member WHERE card_number = ?").param(card(n)).query(Long.class)
                    .single()).isEqualTo(1);
        }
        Member luu = members.findByCardNumber(card(1)).orElseThrow();
        assertThat(luu.phone()).isEqualTo("0900941099");
        assertThat(members.findByCardNumber(card(2)).orElseThrow().ethnicity()).isEqualTo("Hoa");
        assertThat(auditCount("MEMBER", "UPDATE", List.of(luu.id()))).isEqualTo(1);
    }

    @Test
    void onlyTheValidRowsAreImportedWhenTheUserExplicitlyChoosesThat() throws Exception {
        List<Object[]> rows = goodRows();
        rows.add(person(4, "Mạc Thị Tuyết", "31/02/1980", "Nữ", "03/03/2005", null, null));
        long id = upload("mot-dong-loi.xlsx", xlsx(rows), null);
        mvc.perform(post("/members/import/" + id + "/confirm").param("onlyValid", "true").with(csrf())
                .with(as.user(OFFICE))).andExpect(status().is3xxRedirection());
        ImportRecord done = await(id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.createdCount()).isEqualTo(3);
        assertThat(members.findByCardNumber(card(4))).isEmpty();
        Document result = page(id);
        assertThat(result.select("[data-testid=skipped-rows] tbody tr")).hasSize(1);
        assertThat(result.select("[data-testid=skipped-rows]").text()).contains("Mạc Thị Tuyết", "31/02/1980");
    }

    @Test
    void aCardNumberOfAMemberOutsideTheScopeIsAnErrorThatDoesNotSayWhoItIs() throws Exception {
        MemberListItem elsewhere = as.call("huongan.vanphong",
                () -> directory.find(MemberQuery.all(), new Paging(0, 1)).items().get(0));
        List<Object[]> rows = goodRows();
        Object[] intruder = person(4, "Tạ Văn Lạ", "01/01/1970", "Nam", "01/01/2000", null, null);
        intruder[8] = elsewhere.cardNumber();
        rows.add(intruder);
        long id = upload("ngoai-pham-vi.xlsx", xlsx(rows), null);

        Document page = page(id);
        Element bad = page.selectFirst("[data-testid=bad-rows] tr[data-row=7]");
        assertThat(bad.select("li")).extracting(Element::text).containsExactly(
                "Số thẻ đảng viên: Số này đã được dùng cho một hồ sơ đảng viên ngoài phạm vi bạn quản lý; không nhập được dòng này.");
        assertThat(page.text()).doesNotContain(elsewhere.fullName());
        Member untouched = members.findByCardNumber(elsewhere.cardNumber()).orElseThrow();
        assertThat(untouched.fullName()).isEqualTo(elsewhere.fullName());
    }

    @Test
    void aCsvInTcvn3WithBirthDatesInNamAndNuColumnsImportsInUnicode() throws Exception {
        String csv = "Sổ danh sách đảng viên;;;;;;\r\n"
                + "Số TT;Họ và tên;Ngày tháng năm sinh;;Ngày vào Đảng;Số thẻ đảng viên;Chi bộ\r\n"
                + ";;Nam;Nữ;;;\r\n"
                + "1;Nguyễn Văn Bình;12/04/1968;;03/02/1990;" + card(1) + ";" + cellName + "\r\n"
                + "2;Đặng Thị Thu Hường;;20/11/1975;19/05/1999;" + card(2) + ";" + cellName + "\r\n";
        byte[] bytes = vn.dangbo.member.importing.LegacyText.tcvn3(csv).getBytes(Charset.forName("windows-1252"));
        long id = upload("tcvn3.csv", bytes, null);
        Document page = page(id);
        assertThat(page.select("[data-testid=count-errors]").text()).isEqualTo("0");
        assertThat(page.select("[data-testid=converted-column]").text()).contains("TCVN3");
        confirm(id, false);
        Member binh = members.findByCardNumber(card(1)).orElseThrow();
        assertThat(binh.fullName()).isEqualTo("Nguyễn Văn Bình").matches(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
        assertThat(binh.gender()).isEqualTo(Gender.MALE);
        Member huong = members.findByCardNumber(card(2)).orElseThrow();
        assertThat(huong.fullName()).isEqualTo("Đặng Thị Thu Hường");
        assertThat(huong.gender()).isEqualTo(Gender.FEMALE);
        assertThat(huong.dateOfBirth()).isEqualTo(LocalDate.of(1975, 11, 20));
    }

    /** Issue 8, part 1.10: a TCVN3 register under a header row retyped in Unicode. */
    @Test
    void aTcvn3RegisterUnderUnicodeHeadersKeepsTheHeadersConvertsNuAndListsOnlyTheConvertedColumns() throws Exception {
        List<Object[]> rows = goodRows();
        for (Object[] row : rows) {
            row[1] = vn.dangbo.member.importing.LegacyText.tcvn3((String) row[1]);
            row[3] = vn.dangbo.member.importing.LegacyText.tcvn3((String) row[3]);
            row[5] = vn.dangbo.member.importing.LegacyText.tcvn3((String) row[5]);
        }
        assertThat(rows.get(1)[3]).isEqualTo("N÷");
        long id = upload("so-dang-vien-tcvn3.xlsx", xlsx(rows), null);
        Document page = page(id);
        assertThat(page.select("[data-testid=count-errors]").text()).isEqualTo("0");
        assertThat(page.select("[data-testid=converted-column]")).extracting(Element::text).containsExactly(
                "Đã chuyển từ mã TCVN3 (ABC) sang Unicode các cột “Họ và tên”, “Giới tính”, “Quê quán”.");
        confirm(id, false);
        Member lan = members.findByCardNumber(card(2)).orElseThrow();
        assertThat(lan.fullName()).isEqualTo("Hồ Thị Mai Lan");
        assertThat(lan.gender()).isEqualTo(Gender.FEMALE);
        assertThat(lan.hometown()).isEqualTo("Xã Mỹ Hòa Hưng");
    }

    @Test
    void anUnknownHeaderLeadsToTheMappingPageWithTheKnownColumnsPreselected() throws Exception {
        String csv = "Họ và tên,Ngày sinh,Phái tính,Ngày vào Đảng,Số thẻ đảng viên\r\n"
                + "Lò Văn Páo,01/01/1971,Nam,01/01/1999," + card(1) + "\r\n";
        long id = upload("cot-la.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), cellId);
        assertThat(importStatus(id)).isEqualTo(ImportStatus.MAPPING);
        Document mapping = page(id);
        assertThat(mapping.selectFirst("[data-testid=mapping-A] option[selected]").val()).isEqualTo("FULL_NAME");
        assertThat(mapping.selectFirst("[data-testid=mapping-C] option[selected]").val()).isEmpty();

        mvc.perform(post("/members/import/" + id + "/mapping").with(csrf()).with(as.user(OFFICE))
                        .param("fields[0]", "FULL_NAME").param("fields[1]", "DATE_OF_BIRTH").param("fields[2]", "GENDER")
                        .param("fields[3]", "ADMISSION_DATE").param("fields[4]", "CARD_NUMBER")
                        .param("organizationId", String.valueOf(cellId)))
                .andExpect(status().is3xxRedirection());
        assertThat(importStatus(id)).isEqualTo(ImportStatus.PREVIEW);
        confirm(id, false);
        assertThat(members.findByCardNumber(card(1)).orElseThrow().organizationId()).isEqualTo(cellId);
    }

    @Test
    void transferDatesOfTheRegisterBecomeTheMembersTransfers() throws Exception {
        String csv = "Họ và tên;Ngày sinh;Giới tính;Ngày vào Đảng;Ngày chính thức;Số thẻ đảng viên;Ngày chuyển đến;Ngày chuyển đi\r\n"
                + "Khổng Văn Đến;01/01/1970;Nam;01/01/1995;02/01/1996;" + card(1) + ";15/03/2020;\r\n"
                + "Ninh Thị Đi;01/01/1972;Nữ;01/01/1998;02/01/1999;" + card(2) + ";;20/06/2024\r\n";
        long id = upload("chuyen.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), cellId);
        assertThat(page(id).select("[data-testid=count-errors]").text()).isEqualTo("0");
        confirm(id, false);
        Member in = members.findByCardNumber(card(1)).orElseThrow();
        assertThat(in.transferInDate()).isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(in.currentStatus()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(in.statusSince()).isEqualTo(LocalDate.of(2020, 3, 15));
        Member out = members.findByCardNumber(card(2)).orElseThrow();
        assertThat(out.currentStatus()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
        assertThat(out.transferOutDate()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(members.statusHistory(out.id())).extracting(h -> h.status()).containsExactly(
                MemberStatus.TRANSFERRED_OUT, MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY);

        long again = upload("chuyen-lan-2.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), cellId);
        ImportRecord r = as.call(OFFICE, () -> imports.get(again));
        assertThat(r.unchangedCount()).as("a departure recorded already is not recorded twice").isEqualTo(2);
    }

    @Test
    void aFieldChosenForTwoColumnsIsRefusedOnTheMappingPage() throws Exception {
        String csv = "Họ và tên,Ngày sinh,Phái tính,Ngày vào Đảng\r\nLò Văn Páo,01/01/1971,Nam,01/01/1999\r\n";
        long id = upload("trung-cot.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), cellId);
        String html = mvc.perform(post("/members/import/" + id + "/mapping").with(csrf()).with(as.user(OFFICE))
                        .param("fields[0]", "FULL_NAME").param("fields[1]", "DATE_OF_BIRTH")
                        .param("fields[2]", "DATE_OF_BIRTH").param("fields[3]", "ADMISSION_DATE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("[data-testid=mapping-errors]").text())
                .isEqualTo("“Ngày sinh” được chọn cho cả cột B và cột C; mỗi dữ liệu chỉ chọn cho một cột.");
        assertThat(importStatus(id)).isEqualTo(ImportStatus.MAPPING);
    }

    @Test
    void aCellSecretaryIsRefusedEveryImportPage() throws Exception {
        long id = upload("cua-van-phong.xlsx", xlsx(goodRows()), null);
        String secretary = "mythoi.kp1";
        mvc.perform(get("/members/import").with(as.user(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/members/import/template.xlsx").with(as.user(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/members/import/" + id).with(as.user(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/members/import/" + id + "/progress").with(as.user(secretary))).andExpect(status().isForbidden());
        mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "a.xlsx", null, xlsx(goodRows())))
                .with(csrf()).with(as.user(secretary))).andExpect(status().isForbidden());
        mvc.perform(post("/members/import/" + id + "/confirm").with(csrf()).with(as.user(secretary)))
                .andExpect(status().isForbidden());
        assertThat(importStatus(id)).isEqualTo(ImportStatus.PREVIEW);
    }

    @Test
    void anotherWardsOfficeCannotSeeOrConfirmTheImport() throws Exception {
        long id = upload("rieng.xlsx", xlsx(goodRows()), null);
        mvc.perform(get("/members/import/" + id).with(as.user("huongan.vanphong"))).andExpect(status().isNotFound());
        mvc.perform(post("/members/import/" + id + "/confirm").with(csrf()).with(as.user("huongan.vanphong")))
                .andExpect(status().isNotFound());
        assertThat(importStatus(id)).isEqualTo(ImportStatus.PREVIEW);
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedBesideTheFileFieldWithoutAnError500() throws Exception {
        MvcResult result = mvc.perform(multipart("/members/import")
                        .file(new MockMultipartFile("file", "danh-sach.xlsx", null, "không phải Excel".getBytes()))
                        .with(csrf()).with(as.user(OFFICE)))
                .andExpect(status().isOk()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("[data-testid=error-file]").text()).startsWith("Không đọc được tệp này.");
    }

    @Test
    void theTemplateIsAnEmptyRegisterWhoseHeadersAreAllRecognised() throws Exception {
        byte[] template = mvc.perform(get("/members/import/template.xlsx").with(as.user(OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long id = upload("mau.xlsx", template, cellId);
        ImportRecord r = as.call(OFFICE, () -> imports.get(id));
        assertThat(r.status()).as("every header recognised, no mapping step").isEqualTo(ImportStatus.PREVIEW);
        assertThat(r.errorCount()).as("the example row is never imported").isEqualTo(1);
        assertThat(r.importable()).isZero();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private long upload(String name, byte[] content, Long target) throws Exception {
        var request = multipart("/members/import").file(new MockMultipartFile("file", name, null, content))
                .with(csrf()).with(as.user(OFFICE));
        if (target != null) {
            request.param("organizationId", String.valueOf(target));
        }
        MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Document page(long id) throws Exception {
        String html = mvc.perform(get("/members/import/" + id).with(as.user(OFFICE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private ImportStatus importStatus(long id) {
        return as.call(OFFICE, () -> imports.get(id)).status();
    }

    private ImportRecord confirm(long id, boolean onlyValid) throws Exception {
        mvc.perform(post("/members/import/" + id + "/confirm").param("onlyValid", String.valueOf(onlyValid))
                .with(csrf()).with(as.user(OFFICE))).andExpect(status().is3xxRedirection());
        return await(id);
    }

    private ImportRecord await(long id) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> as.call(OFFICE, () -> imports.get(id)), r -> !r.status().working());
    }

    private long auditCount(String type, String action, List<Long> ids) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = :type AND action = :action AND entity_id IN (:ids)")
                .param("type", type).param("action", action).param("ids", ids.stream().map(String::valueOf).toList())
                .query(Long.class).single();
    }

    /** A register as a clerk keeps it: a title, a blank row, the header, then one row per member. */
    private static byte[] xlsx(List<Object[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sổ đảng viên");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("SỔ DANH SÁCH ĐẢNG VIÊN");
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            int r = 3;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
