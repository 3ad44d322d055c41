package vn.dangbo.config.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.ActionPrograms;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.ReportingPeriods;
import vn.dangbo.resolution.ResolutionData;
import vn.dangbo.resolution.ResolutionItemKind;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.resolution.TargetResults;
import vn.dangbo.resolution.TaskData;
import vn.dangbo.resolution.TaskStatus;

/**
 * Resolutions and their follow-up from the seed articles, for Đảng bộ phường Mỹ Thới: the 2024 year closed with
 * eleven targets of which ten met ("đạt 10/11 chỉ tiêu", seed 002); nine months of 2025 open with the budget at
 * 85,98% of the estimate, 8/9 schools at national standard, health insurance at 98,57% of the target and military
 * recruitment at 100% (seed 001); the 2025–2030 congress resolution with its breakthroughs and "Chương trình hành
 * động số 05 ngày 28/8/2025" (seed 000); the fourth-quarter tasks concluded on 30/9/2025 (seed 001). Hương An and
 * Phường 1 get their 2024 new-member targets so that the province overview compares three wards.
 */
@Component
@Order(20)
class ResolutionDemo implements DemoContribution {

    private final ResolutionManagement resolutions;
    private final ReportingPeriods periods;
    private final TargetResults results;
    private final ActionPrograms programs;

    ResolutionDemo(ResolutionManagement resolutions, ReportingPeriods periods, TargetResults results,
            ActionPrograms programs) {
        this.resolutions = resolutions;
        this.periods = periods;
        this.results = results;
        this.programs = programs;
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static TargetData target(String code, String name, String unit, Area area, TargetKind kind,
            Accumulation acc, int decimals, String indicator, Map<Integer, TargetData.Plan> plans) {
        return new TargetData(code, name, unit, area, kind, acc, null, decimals, Rollup.DIRECT, indicator, null, plans,
                List.of());
    }

    private static Map<Integer, TargetData.Plan> plan(int year, String value) {
        return Map.of(year, new TargetData.Plan(n(value), null));
    }

    @Override
    public void load(DemoWards w) {
        long myThoi = w.myThoiId();
        long ubnd = w.cell("Mỹ Thới/Chi bộ Cơ quan Ủy ban nhân dân phường Mỹ Thới");
        long dangDoan = w.cell("Mỹ Thới/Chi bộ Cơ quan Đảng – Đoàn thể phường Mỹ Thới");
        year2024(myThoi);
        nineMonths2025(w, myThoi);
        long congress = congress(myThoi);
        programs(w, myThoi, congress, ubnd, dangDoan);
        otherWards(w);
    }

    /** Seed 002: "đạt 10/11 chỉ tiêu" in 2024. */
    private void year2024(long myThoi) {
        long r = resolutions.create(myThoi, new ResolutionData(ResolutionKind.ANNUAL, "12-NQ/ĐU",
                "Nghị quyết về nhiệm vụ chính trị năm 2024", LocalDate.of(2024, 1, 5), 2024, 2024,
                "Phát triển kinh tế – xã hội ổn định, chăm lo an sinh xã hội, giữ vững quốc phòng – an ninh, xây dựng "
                        + "Đảng bộ trong sạch, vững mạnh.", List.of()));
        Object[][] rows = {
            {"1", "Thu ngân sách nhà nước", "tỉ đồng", Area.ECONOMY, TargetKind.PERCENT_OF_ESTIMATE, Accumulation.CUMULATIVE, 2, "BUDGET_REVENUE", "12", "12", "Thu ngân sách đạt trên 12 tỉ đồng."},
            {"2", "Vận động xã hội hóa xây dựng công trình", "công trình", Area.ECONOMY, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, 0, null, "10", "12", "12 công trình với tổng kinh phí trên 6,1 tỉ đồng."},
            {"3", "Giới thiệu việc làm cho người lao động", "lao động", Area.CULTURE_SOCIETY, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, 0, null, "485", "611", null},
            {"4", "Sửa chữa, cất mới nhà cho hộ khó khăn", "căn", Area.CULTURE_SOCIETY, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, 0, null, "7", "7", null},
            {"5", "Giảm hộ nghèo", "hộ", Area.CULTURE_SOCIETY, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, 0, null, "3", "3", "Vận động quỹ “Vì người nghèo”, “cây mùa xuân” được trên 528 triệu đồng; cấp phát 1.770 phần quà."},
            {"6", "Giảm hộ cận nghèo", "hộ", Area.CULTURE_SOCIETY, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, 0, null, "10", "13", null},
            {"7", "Tỷ lệ huy động trẻ vào lớp 1", "%", Area.CULTURE_SOCIETY, TargetKind.RATE, Accumulation.LEVEL, 2, null, "100", "100", null},
            {"8", "Tỷ lệ hộ gia đình văn hóa", "%", Area.CULTURE_SOCIETY, TargetKind.RATE, Accumulation.LEVEL, 2, "CULTURED_HOUSEHOLDS", "98", "97.78", null},
            {"9", "Xây dựng lực lượng dân quân và giao quân", "%", Area.DEFENCE_SECURITY, TargetKind.RATE, Accumulation.LEVEL, 2, "MILITARY_RECRUITMENT", "100", "100", null},
            {"10", "Phát triển đảng viên mới", "đảng viên", Area.PARTY_BUILDING, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, 0, "NEW_MEMBERS", "13", "13", "Kết nạp 13/13 đảng viên mới, đạt chỉ tiêu Nghị quyết."},
            {"11", "Chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên", "%", Area.PARTY_BUILDING, TargetKind.RATE, Accumulation.LEVEL, 2, null, "100", "100", null},
        };
        long period = periods.open(myThoi, 2024, PeriodKind.YEAR, null, null);
        for (Object[] row : rows) {
            long t = resolutions.addTarget(r, target((String) row[0], (String) row[1], (String) row[2], (Area) row[3],
                    (TargetKind) row[4], (Accumulation) row[5], (Integer) row[6], (String) row[7], plan(2024, (String) row[8])));
            // the new members are counted from the register's admission decisions, never typed: only the note is written
            boolean counted = "NEW_MEMBERS".equals(row[7]);
            long result = results.enter(period, t, null, counted ? null : n((String) row[9]), null, (String) row[10], -1,
                    List.of());
            results.review(result, true, null);
        }
        periods.close(period);
    }

    /** Seed 001: the nine months of 2025, still open. */
    private void nineMonths2025(DemoWards w, long myThoi) {
        long r = resolutions.create(myThoi, new ResolutionData(ResolutionKind.ANNUAL, "15-NQ/ĐU",
                "Nghị quyết về nhiệm vụ chính trị năm 2025", LocalDate.of(2025, 1, 6), 2025, 2025,
                "Duy trì tăng trưởng kinh tế, hoàn thành sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương 02 cấp, "
                        + "tổ chức thành công Đại hội Đảng bộ phường nhiệm kỳ 2025–2030.", List.of()));
        long period = periods.open(myThoi, 2025, PeriodKind.NINE_MONTHS, null, null);
        long budget = resolutions.addTarget(r, target("1", "Thu cân đối ngân sách nhà nước", "tỉ đồng", Area.ECONOMY,
                TargetKind.PERCENT_OF_ESTIMATE, Accumulation.CUMULATIVE, 2, "BUDGET_REVENUE", plan(2025, "14.5")));
        results.enter(period, budget, null, n("12.4671"), null, "Thu cân đối ngân sách nhà nước 9 tháng.", -1, List.of());
        long schools = resolutions.addTarget(r, target("2", "Trường đạt chuẩn quốc gia", "trường", Area.CULTURE_SOCIETY,
                TargetKind.COUNT_OF_TOTAL, Accumulation.LEVEL, 2, "SCHOOLS_STANDARD",
                Map.of(2025, new TargetData.Plan(n("9"), n("9")))));
        results.enter(period, schools, null, n("8"), n("9"), "8/9 trường đạt chuẩn quốc gia.", -1, List.of());
        long insurance = resolutions.addTarget(r, target("3", "Tỷ lệ bao phủ bảo hiểm y tế", "%", Area.CULTURE_SOCIETY,
                TargetKind.RATE, Accumulation.LEVEL, 2, "HEALTH_INSURANCE", plan(2025, "95")));
        results.enter(period, insurance, null, n("93.64"), null, "Tỷ lệ bao phủ đạt 98,57% chỉ tiêu.", -1, List.of());
        long military = resolutions.addTarget(r, target("4", "Hoàn thành chỉ tiêu tuyển quân", "%", Area.DEFENCE_SECURITY,
                TargetKind.RATE, Accumulation.LEVEL, 2, "MILITARY_RECRUITMENT", plan(2025, "100")));
        results.enter(period, military, null, n("100"), null, "Hoàn thành 100% chỉ tiêu tuyển quân năm 2025.", -1, List.of());
        // new members, cascaded to six cells that each admit theirs; the ward's value is their sum
        String[] cells = {"Chi bộ Khu phố 1", "Chi bộ Khu phố 2", "Chi bộ Khu phố 3", "Chi bộ Trường THCS Mỹ Thới",
                "Chi bộ Công an phường Mỹ Thới", "Chi bộ Cơ quan Đảng – Đoàn thể phường Mỹ Thới"};
        List<Long> owners = java.util.Arrays.stream(cells).map(c -> w.cell("Mỹ Thới/" + c)).toList();
        long members = resolutions.addTarget(r, new TargetData("5", "Phát triển đảng viên mới", "đảng viên",
                Area.PARTY_BUILDING, TargetKind.AT_LEAST, Accumulation.CUMULATIVE, null, 0, Rollup.SUM, "NEW_MEMBERS",
                "Giao cho các chi bộ; giá trị của Đảng bộ là tổng số các chi bộ kết nạp.", plan(2025, "14"), owners));
        // each cell's admissions of 2025 are counted from the register; nothing is typed
        results.enter(period, members, owners.get(0), null, null,
                "Chi bộ tạo nguồn kết nạp đảng viên là đoàn viên thanh niên khu phố.", -1, List.of());
    }

    /** Seed 000: the congress resolution 2025–2030 with its breakthroughs. */
    private long congress(long myThoi) {
        long r = resolutions.create(myThoi, new ResolutionData(ResolutionKind.CONGRESS, "01-NQ/ĐH",
                "Nghị quyết Đại hội đại biểu Đảng bộ phường Mỹ Thới lần thứ I, nhiệm kỳ 2025–2030",
                LocalDate.of(2025, 8, 20), 2025, 2030,
                "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế xanh, kinh tế tuần hoàn; "
                        + "xây dựng đô thị văn minh, hiện đại, gắn với nâng cao đời sống vật chất và tinh thần của Nhân dân.",
                List.of(
                        new ResolutionData.Item(ResolutionItemKind.AREA_DIRECTION, Area.ECONOMY,
                                "Phát triển thương mại, dịch vụ, công nghiệp, tiểu thủ công nghiệp; đẩy nhanh các công trình trọng điểm."),
                        new ResolutionData.Item(ResolutionItemKind.AREA_DIRECTION, Area.CULTURE_SOCIETY,
                                "Nâng cao chất lượng giáo dục đào tạo, phát triển nguồn nhân lực, bảo đảm an sinh xã hội."),
                        new ResolutionData.Item(ResolutionItemKind.AREA_DIRECTION, Area.DEFENCE_SECURITY,
                                "Giữ vững an ninh chính trị, trật tự an toàn xã hội; hoàn thành công tác quốc phòng – quân sự địa phương."),
                        new ResolutionData.Item(ResolutionItemKind.AREA_DIRECTION, Area.PARTY_BUILDING,
                                "Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị 50-CT/TW; chuyển đổi số trong công tác Đảng."),
                        new ResolutionData.Item(ResolutionItemKind.KEY_PROGRAM, null, "Chương trình chuyển đổi số và cải cách hành chính"),
                        new ResolutionData.Item(ResolutionItemKind.KEY_PROGRAM, null, "Chương trình chỉnh trang đô thị, chống ngập úng"),
                        new ResolutionData.Item(ResolutionItemKind.BREAKTHROUGH, null, "Đẩy mạnh chuyển đổi số"),
                        new ResolutionData.Item(ResolutionItemKind.BREAKTHROUGH, null, "Phát triển kinh tế xanh, kinh tế tuần hoàn"),
                        new ResolutionData.Item(ResolutionItemKind.BREAKTHROUGH, null,
                                "Xây dựng đô thị văn minh, hiện đại, gắn với nâng cao đời sống vật chất và tinh thần của Nhân dân"))));
        Map<Integer, TargetData.Plan> insurance = new LinkedHashMap<>();
        Map<Integer, TargetData.Plan> members = new LinkedHashMap<>();
        for (int y = 2026; y <= 2030; y++) {
            insurance.put(y, new TargetData.Plan(n("95").add(BigDecimal.valueOf(y - 2026)), null));
            members.put(y, new TargetData.Plan(n("14"), null));
        }
        resolutions.addTarget(r, new TargetData("1", "Tỷ lệ bao phủ bảo hiểm y tế đến năm 2030", "%", Area.CULTURE_SOCIETY,
                TargetKind.RATE, Accumulation.LEVEL, n("99"), 2, Rollup.DIRECT, "HEALTH_INSURANCE", null, insurance, List.of()));
        resolutions.addTarget(r, new TargetData("2", "Trường đạt chuẩn quốc gia", "trường", Area.CULTURE_SOCIETY,
                TargetKind.COUNT_OF_TOTAL, Accumulation.LEVEL, n("9"), 0, Rollup.DIRECT, "SCHOOLS_STANDARD", null,
                Map.of(2026, new TargetData.Plan(n("9"), n("9"))), List.of()));
        resolutions.addTarget(r, new TargetData("3", "Phát triển đảng viên mới cả nhiệm kỳ", "đảng viên", Area.PARTY_BUILDING,
                TargetKind.AT_LEAST, Accumulation.CUMULATIVE, n("70"), 0, Rollup.DIRECT, "NEW_MEMBERS", null, members, List.of()));
        return r;
    }

    /** Seeds 000 and 001: the action program no. 05, plan no. 07 on Directive 50, and the fourth-quarter tasks. */
    private void programs(DemoWards w, long myThoi, long congress, long ubnd, long dangDoan) {
        long ctr = programs.createProgram(myThoi, congress, ProgramKind.ACTION_PROGRAM, "05-CTr/ĐU",
                "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025–2030",
                LocalDate.of(2025, 8, 28), "Cụ thể hóa các nhiệm vụ trọng tâm của Nghị quyết Đại hội.");
        long congo = w.cell("Mỹ Thới/Chi bộ Công an phường Mỹ Thới");
        long quanSu = w.cell("Mỹ Thới/Chi bộ Quân sự phường Mỹ Thới");
        long thcs = w.cell("Mỹ Thới/Chi bộ Trường THCS Mỹ Thới");
        long t1 = programs.addTask(ctr, null, new TaskData(null, "Tiếp tục đổi mới, nâng cao chất lượng công tác xây dựng, "
                + "chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh", null, dangDoan, List.of(), LocalDate.of(2030, 6, 30)));
        long t2 = programs.addTask(ctr, null, new TaskData(null, "Đẩy mạnh phát triển hạ tầng số, cải cách hành chính, "
                + "xây dựng chính quyền điện tử", null, ubnd, List.of(dangDoan), LocalDate.of(2030, 6, 30)));
        programs.addTask(ctr, null, new TaskData(null, "Tăng cường quản lý quy hoạch, trật tự đô thị, bảo vệ môi trường, "
                + "phòng chống tham nhũng, lãng phí", null, ubnd, List.of(congo), LocalDate.of(2030, 6, 30)));
        programs.addTask(ctr, null, new TaskData(null, "Nâng cao chất lượng giáo dục đào tạo, phát triển nguồn nhân lực, "
                + "bảo đảm an sinh xã hội và giữ vững quốc phòng an ninh", null, ubnd, List.of(thcs, quanSu, congo),
                LocalDate.of(2030, 6, 30)));
        programs.report(t1, TaskStatus.IN_PROGRESS, 30, "Đã quán triệt Nghị quyết và Chương trình hành động tại hội nghị ngày 17/10/2025.", List.of());
        programs.report(t2, TaskStatus.IN_PROGRESS, 20, "Triển khai Sổ tay đảng viên điện tử đến các chi bộ.", List.of());

        long kh = programs.createProgram(myThoi, null, ProgramKind.PLAN, "07-KH/ĐU",
                "Kế hoạch thực hiện Chỉ thị 50-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ",
                LocalDate.of(2025, 9, 15), "Duy trì nền nếp sinh hoạt định kỳ vào ngày 03 hằng tháng; đẩy mạnh ứng dụng công nghệ thông tin.");
        programs.addTask(kh, null, new TaskData(null, "Duy trì sinh hoạt chi bộ thường kỳ vào ngày 03 hằng tháng, "
                + "sinh hoạt chuyên đề ít nhất mỗi quý một lần", null, dangDoan, List.of(), LocalDate.of(2025, 12, 31)));

        long kl = programs.createProgram(myThoi, null, ProgramKind.CONCLUSION, "15-KL/ĐU",
                "Kết luận Hội nghị lần thứ 7 (mở rộng) Ban Chấp hành Đảng bộ phường về nhiệm vụ 3 tháng cuối năm 2025",
                LocalDate.of(2025, 9, 30), "Các nhiệm vụ trọng tâm 3 tháng cuối năm 2025.");
        long land = programs.addTask(kl, null, new TaskData(null, "Xây dựng kế hoạch khai thác các khu đất công, tài sản công "
                + "trên địa bàn, trình Ban Thường vụ Đảng ủy", null, ubnd, List.of(), LocalDate.of(2025, 11, 30)));
        long invest = programs.addTask(kl, null, new TaskData(null, "Xây dựng danh mục đầu tư công trung hạn giai đoạn "
                + "2026–2030, trình Ban Thường vụ Đảng ủy", null, ubnd, List.of(), LocalDate.of(2025, 12, 15)));
        List<Long> residential = java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(i -> w.cell("Mỹ Thới/Chi bộ Khu phố " + i)).toList();
        long flood = programs.addTask(kl, null, new TaskData(null, "Khảo sát, lập danh mục các tuyến đường thường xuyên bị "
                + "ngập úng vào mùa mưa, triều cường; đề xuất giải pháp tổng thể", null, ubnd, residential,
                LocalDate.of(2025, 12, 31)));
        long rating = programs.addTask(kl, null, new TaskData(null, "Tổ chức đánh giá, xếp loại chất lượng cán bộ, đảng viên "
                + "năm 2025 nghiêm túc, đúng quy định", null, dangDoan, List.of(), LocalDate.of(2025, 12, 31)));
        long inspection = programs.addTask(kl, null, new TaskData(null, "Xây dựng chương trình kiểm tra, giám sát năm 2026",
                null, dangDoan, List.of(), LocalDate.of(2025, 12, 31)));
        long summary = programs.addTask(kl, null, new TaskData(null, "Xây dựng kế hoạch tổng kết năm 2025 ở các lĩnh vực",
                null, ubnd, List.of(), LocalDate.of(2025, 12, 10)));
        programs.report(land, TaskStatus.DONE, 100, "Đã trình Ban Thường vụ cho ý kiến.", LocalDate.of(2025, 11, 27), List.of());
        programs.report(invest, TaskStatus.DONE, 100, "Đã trình danh mục 14 công trình.", LocalDate.of(2025, 12, 12), List.of());
        programs.report(flood, TaskStatus.IN_PROGRESS, 60, "Đã khảo sát 5/7 khu phố; còn khu phố 6 và 7.", List.of());
        programs.report(inspection, TaskStatus.DONE, 100, "Ban hành chương trình kiểm tra, giám sát năm 2026.",
                LocalDate.of(2025, 12, 26), List.of());
        programs.report(summary, TaskStatus.DONE, 100, "Ban hành kế hoạch tổng kết.", LocalDate.of(2025, 12, 5), List.of());
        // the 2025 rating, assigned down to each residential cell; two cells have not reported yet
        for (int i = 0; i < residential.size(); i++) {
            long sub = programs.addTask(kl, rating, new TaskData(null, "Đánh giá, xếp loại đảng viên năm 2025 của chi bộ", null,
                    residential.get(i), List.of(), LocalDate.of(2025, 12, 31)));
            if (i < 5) {
                programs.report(sub, TaskStatus.DONE, 100, "Chi bộ đã họp đánh giá, gửi kết quả về Đảng ủy.",
                        LocalDate.of(2025, 12, 20 + i), List.of());
            }
        }
        programs.report(rating, TaskStatus.IN_PROGRESS, 70, "5/7 chi bộ khu phố đã gửi kết quả.", List.of());
    }

    /** New members admitted in 2024 in the other two wards, for the province overview. */
    private void otherWards(DemoWards w) {
        newMembers2024(w.huongAnId(), "8", "9");
        newMembers2024(w.phuong1Id(), "10", "7");
    }

    private void newMembers2024(long ward, String plan, String value) {
        long r = resolutions.create(ward, new ResolutionData(ResolutionKind.ANNUAL, "10-NQ/ĐU",
                "Nghị quyết về nhiệm vụ chính trị năm 2024", LocalDate.of(2024, 1, 8), 2024, 2024, null, List.of()));
        long t = resolutions.addTarget(r, target("1", "Phát triển đảng viên mới", "đảng viên", Area.PARTY_BUILDING,
                TargetKind.AT_LEAST, Accumulation.CUMULATIVE, 0, "NEW_MEMBERS", plan(2024, plan)));
        long p = periods.open(ward, 2024, PeriodKind.YEAR, null, null);
        // the value is counted from the ward's register (RegistryDemo holds its admissions of 2024)
        results.enter(p, t, null, null, null, "Kết nạp " + value + " đảng viên mới trong năm 2024.", -1, List.of());
        periods.close(p);
    }
}
