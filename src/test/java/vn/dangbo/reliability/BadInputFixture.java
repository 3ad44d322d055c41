package vn.dangbo.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.shared.UploadedFile;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberData;
import vn.dangbo.member.MemberImport;
import vn.dangbo.member.MemberRegistry;
import vn.dangbo.member.RegistrationKind;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationData;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.organization.PartyPosition;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.ActionPrograms;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.ReportingPeriods;
import vn.dangbo.resolution.ResolutionData;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.ResultImport;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetImport;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.resolution.TargetResults;
import vn.dangbo.resolution.TaskData;
import vn.dangbo.resolution.TaskStatus;
import vn.dangbo.shared.security.Role;
import vn.dangbo.support.As;

/**
 * A ward of its own for the bad-input run, at the top of a tree of its own (no province counts it), with a cell,
 * a member holding a position, its office's account and a spare account, a resolution with a target, an open and
 * a closed period, a value with evidence, a program with a task and a progress file, and imports of members,
 * targets and values by its office. Made with {@code AutowireCapableBeanFactory.createBean}.
 */
class BadInputFixture {

    static final String OFFICE = "badinput.vanphong";
    static final String PASSWORD = "dangbo@2025-thu";

    record Ids(long ward, long cell, long member, long position, long spareAccount, long resolution, long target,
            long openPeriod, long closedPeriod, long result, long evidence, long program, long task, long taskFile,
            long memberImport, long targetImport, long resultImport) {}

    @Autowired As as;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationManagement organizations;
    @Autowired MemberRegistry members;
    @Autowired AccountManagement accounts;
    @Autowired ResolutionManagement resolutions;
    @Autowired ReportingPeriods periods;
    @Autowired TargetResults results;
    @Autowired ActionPrograms programs;
    @Autowired MemberImport imports;
    @Autowired TargetImport targetImports;
    @Autowired ResultImport resultImports;

    Ids create() {
        long ward = as.call("admin", () -> organizations.create(null, new OrganizationData(OrganizationKind.WARD_COMMITTEE,
                null, "Đảng bộ phường Thử Nhập Sai", "Thử Nhập Sai", LocalDate.of(2020, 1, 1), null)));
        long cell = as.call("admin", () -> organizations.create(ward, new OrganizationData(OrganizationKind.CELL,
                CellType.RESIDENTIAL, "Chi bộ Khu phố Thử", "Thử Nhập Sai", LocalDate.of(2020, 1, 1), null)));
        as.run("admin", () -> accounts.create(new AccountManagement.AccountData(OFFICE, "Văn phòng thử nhập sai",
                Role.WARD_OFFICE, ward, null, true), PASSWORD));
        long spare = as.call("admin", () -> accounts.create(new AccountManagement.AccountData("badinput.chibo",
                "Bí thư thử nhập sai", Role.CELL_SECRETARY, cell, null, true), PASSWORD));
        long member = as.call(OFFICE, () -> members.register(cell, new MemberData("Trần Văn Thử", LocalDate.of(1980, 2, 1),
                Gender.values()[0], "Kinh", null, null, null, LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19),
                "98000001", null, null, null, null, null, null, null, null), RegistrationKind.MEMBER, null));
        long position = as.call(OFFICE, () -> organizations.appoint(cell, member, PartyPosition.SECRETARY,
                LocalDate.of(2025, 1, 1), "01-QĐ/ĐU"));
        return as.call(OFFICE, () -> {
            long resolution = resolutions.create(ward, new ResolutionData(ResolutionKind.ANNUAL, "98-NQ/ĐU",
                    "Nghị quyết thử nhập sai", LocalDate.of(2025, 1, 2), 2025, 2025, null, List.of()));
            long target = resolutions.addTarget(resolution, new TargetData("1", "Chỉ tiêu thử", "hộ", Area.ECONOMY,
                    TargetKind.AT_LEAST, Accumulation.CUMULATIVE, null, 0, Rollup.DIRECT, null, null,
                    Map.of(2025, new TargetData.Plan(new BigDecimal("10"), null)), List.of()));
            long open = periods.open(ward, 2025, PeriodKind.NINE_MONTHS, null, null);
            long closed = periods.open(ward, 2024, PeriodKind.YEAR, null, null);
            periods.close(closed);
            long result = results.enter(open, target, null, new BigDecimal("4"), null, null, -1, List.of());
            results.attachEvidence(result, List.of(new UploadedFile("bien-ban.pdf", "application/pdf",
                    "%PDF-1.4 thử".getBytes(StandardCharsets.UTF_8))));
            long evidence = jdbc.sql("SELECT max(id) FROM resolution_attachment WHERE owner_type = 'RESULT' AND owner_id = ?")
                    .param(result).query(Long.class).single();
            long program = programs.createProgram(ward, resolution, ProgramKind.PLAN, "98-KH/ĐU", "Kế hoạch thử nhập sai",
                    LocalDate.of(2025, 2, 1), null);
            long task = programs.addTask(program, null, new TaskData(null, "Nhiệm vụ thử nhập sai", null, cell,
                    List.of(), LocalDate.of(2025, 12, 31)));
            long update = programs.report(task, TaskStatus.IN_PROGRESS, 10, "Bắt đầu thực hiện", null,
                    List.of(new UploadedFile("tien-do.docx", "application/octet-stream",
                            "tiến độ".getBytes(StandardCharsets.UTF_8))));
            long taskFile = jdbc.sql("SELECT max(id) FROM resolution_attachment WHERE owner_type = 'TASK_UPDATE' AND owner_id = ?")
                    .param(update).query(Long.class).single();
            long memberImport = imports.upload("danh-sach.csv",
                    "Họ và tên,Ngày sinh,Giới tính\nNguyễn Văn,không phải ngày,Nam\n".getBytes(StandardCharsets.UTF_8), cell);
            long targetImport = targetImports.upload(resolution, "chi-tieu.xlsx",
                    xlsx(new String[] {"STT", "Chỉ tiêu", "Lĩnh vực"}, new String[] {"9", "", "Không có lĩnh vực này"}));
            long resultImport = resultImports.upload(open, "so-lieu.xlsx",
                    xlsx(new String[] {"STT", "Giá trị"}, new String[] {"1", "không phải số"}));
            return new Ids(ward, cell, member, position, spare, resolution, target, open, closed, result, evidence, program,
                    task, taskFile, memberImport, targetImport, resultImport);
        });
    }

    /** A one-sheet workbook: a header row and one data row. */
    static byte[] xlsx(String[] header, String[] row) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Trang tính1");
            for (int r = 0; r < 2; r++) {
                String[] cells = r == 0 ? header : row;
                Row x = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    x.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
