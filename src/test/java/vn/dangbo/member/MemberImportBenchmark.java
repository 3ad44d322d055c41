package vn.dangbo.member;

import java.time.Duration;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.config.demo.FictionalPeople;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.member.importing.ImportRecord;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * On demand only (the name keeps it out of the suite): imports a 10,000-row (or {@code -Drows=N}) .xlsx of fictional people into a new
 * cell of Mỹ Thới and prints how long each step takes, then imports the same file again (every row unchanged).
 * Run with {@code ./mvnw test -Dtest=MemberImportBenchmark [-Drows=20000]}.
 */
@DangboTest
class MemberImportBenchmark {

    private static final int ROWS = Integer.getInteger("rows", 10_000);
    private static final String OFFICE = "mythoi.vanphong";

    @Autowired As as;
    @Autowired MemberImport imports;
    @Autowired OrganizationManagement organizationManagement;
    @Autowired OrganizationDirectory organizations;
    @Autowired MemberRepository members;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void tenThousandRowsAreImportedInOneConfirmation() throws Exception {
        long ward = as.call(OFFICE, () -> organizations.findByName("/", "Đảng bộ phường Mỹ Thới", 5).get(0).id());
        long cell = as.call(OFFICE, () -> organizationManagement.create(ward, new OrganizationData(OrganizationKind.CELL,
                CellType.RESIDENTIAL, "Chi bộ đo hiệu năng nhập", "Mỹ Thới", null, null)));
        byte[] file = workbook();
        long copyMillis = copyBaseline(cell);

        long t0 = System.nanoTime();
        long id = as.call(OFFICE, () -> imports.upload("10000.xlsx", file, cell));
        long uploaded = System.nanoTime();
        ImportRecord checked = as.call(OFFICE, () -> imports.get(id));
        assertThat(checked.errorCount()).isZero();
        assertThat(checked.createCount()).isEqualTo(ROWS);
        as.run(OFFICE, () -> imports.confirm(id, false));
        ImportRecord done = await(id);
        long written = System.nanoTime();
        assertThat(done.createdCount()).isEqualTo(ROWS);

        long again = as.call(OFFICE, () -> imports.upload("10000-lan-2.xlsx", file, cell));
        long rechecked = System.nanoTime();
        assertThat(as.call(OFFICE, () -> imports.get(again)).unchangedCount()).isEqualTo(ROWS);

        System.out.printf("%n%,d rows (%d KB .xlsx): upload, read and check %d ms; confirmation written in %d ms; "
                        + "same file again, read and checked (all unchanged) in %d ms%n%n", ROWS, file.length / 1024,
                (uploaded - t0) / 1_000_000, (written - uploaded) / 1_000_000, (rechecked - written) / 1_000_000);
        long importMillis = (written - t0) / 1_000_000;
        System.out.printf("COPY of %,d rows into member, member_status_change and member_transfer (indexes and triggers, "
                + "rolled back): %d ms; check + confirm = %.1f x COPY%n%n", ROWS, copyMillis,
                (double) importMillis / Math.max(1, copyMillis));
    }

    /**
     * The yardstick of issue 17: the same number of members (other people, so that nothing collides) COPYed straight
     * into the member tables with their indexes and triggers, in a transaction rolled back.
     */
    private long copyBaseline(long cellId) {
        OrganizationSummary cell = as.call(OFFICE, () -> organizations.find(cellId).orElseThrow());
        FictionalPeople people = new FictionalPeople(777L, 8_000_000);
        LocalDate today = LocalDate.of(2026, 11, 1);
        List<MemberRepository.NewMember> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            FictionalPeople.Person p = people.next(today);
            MemberData d = new MemberData(p.fullName(), p.dateOfBirth(), p.female() ? Gender.FEMALE : Gender.MALE,
                    "Kinh", null, "Tỉnh An Giang", null, p.admissionDate(), p.officialDate(), p.cardNumber(),
                    p.citizenId(), p.phone(), null, null, null, "Hưu trí", null, null);
            boolean official = p.officialDate() != null;
            List<MemberRepository.NewStatus> history = official
                    ? List.of(new MemberRepository.NewStatus(MemberStatus.PROBATIONARY, p.admissionDate(), null),
                            new MemberRepository.NewStatus(MemberStatus.OFFICIAL, p.officialDate(), null))
                    : List.of(new MemberRepository.NewStatus(MemberStatus.PROBATIONARY, p.admissionDate(), null));
            rows.add(new MemberRepository.NewMember(d, cell.id(), cell.path(),
                    official ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY,
                    official ? p.officialDate() : p.admissionDate(), history, TransferKind.JOINED, null,
                    p.admissionDate()));
        }
        long t0 = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            members.insertAll(rows, "benchmark");
            s.setRollbackOnly();
        });
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private ImportRecord await(long id) {
        return Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> as.call(OFFICE, () -> imports.get(id)), r -> !r.status().working());
    }

    private static byte[] workbook() throws Exception {
        FictionalPeople people = new FictionalPeople(20261121L, 5_000_000);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = wb.createSheet("Sổ đảng viên");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("SỔ DANH SÁCH ĐẢNG VIÊN");
            String[] header = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Quê quán", "Ngày vào Đảng",
                    "Ngày chính thức", "Số thẻ đảng viên", "Số định danh cá nhân", "Điện thoại", "Nghề nghiệp"};
            Row h = sheet.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            LocalDate today = LocalDate.of(2026, 11, 1);
            for (int i = 0; i < ROWS; i++) {
                FictionalPeople.Person p = people.next(today);
                Row r = sheet.createRow(3 + i);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(p.fullName());
                r.createCell(2).setCellValue(p.dateOfBirth());
                r.getCell(2).setCellStyle(date);
                r.createCell(3).setCellValue(p.female() ? "Nữ" : "Nam");
                r.createCell(4).setCellValue("Kinh");
                r.createCell(5).setCellValue("Tỉnh An Giang");
                r.createCell(6).setCellValue(p.admissionDate());
                r.getCell(6).setCellStyle(date);
                if (p.officialDate() != null) {
                    r.createCell(7).setCellValue(p.officialDate());
                    r.getCell(7).setCellStyle(date);
                }
                r.createCell(8).setCellValue(p.cardNumber());
                r.createCell(9).setCellValue(p.citizenId());
                r.createCell(10).setCellValue(p.phone());
                r.createCell(11).setCellValue("Hưu trí");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
