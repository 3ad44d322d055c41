package vn.dangbo.resolution.web;

import java.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.resolution.Dashboards;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.ResolutionManagement;
import java.time.LocalDate;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;

/** The ward dashboard and the province roll-up, on screen and as .xlsx. */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final ResolutionManagement resolutions;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(Dashboards dashboards, ResolutionManagement resolutions, OrganizationDirectory organizations,
            AccessGuard guard, MessageSource messages, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.dashboards = dashboards;
        this.resolutions = resolutions;
        this.organizations = organizations;
        this.guard = guard;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String ward(@RequestParam(required = false) Long resolution, @RequestParam(required = false) Long period,
            Model model, Locale locale) {
        var choice = resolutions.dashboardChoice(resolution);
        model.addAttribute("resolutions", choice.map(ResolutionManagement.DashboardChoice::choices).orElse(List.of()));
        if (choice.isEmpty()) {
            // an office above the wards (a province office) whose wards have resolutions starts from the overview
            return resolutions.list(null).isEmpty() ? "resolution/dashboard" : "redirect:/dashboard/province";
        }
        Dashboards.WardDashboard d = dashboards.ward(choice.get().shown().id(), period);
        model.addAttribute("d", d);
        model.addAttribute("chart", chart(d, locale));
        model.addAttribute("canManage", guard.can(Permission.RESOLUTION_MANAGE) && guard.within(d.resolution().orgPath()));
        model.addAttribute("provinceView", overseesWards());
        return "resolution/dashboard";
    }

    /**
     * Whether the account looks over several wards (a province office, the system administrator): only they are
     * offered the province roll-up; a ward or cell account never sees its link.
     */
    private boolean overseesWards() {
        return guard.currentUser().map(u -> u.isGlobal() || u.role() == vn.dangbo.shared.security.Role.PROVINCE_OFFICE)
                .orElse(false);
    }

    /** Chart data as JSON in a data attribute (the Content-Security-Policy allows no inline script). */
    private String chart(Dashboards.WardDashboard d, Locale locale) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("labels", d.rows().stream().map(r -> r.target().code()).toList());
        data.put("names", d.rows().stream().map(r -> r.target().name()).toList());
        data.put("percents", d.rows().stream().map(r -> r.percent()).toList());
        data.put("statuses", d.rows().stream().map(r -> r.status().name()).toList());
        java.util.List<String> periodLabels = new java.util.ArrayList<>();
        for (int i = 0; i < d.trend().periodIds().size(); i++) {
            periodLabels.add(messages.getMessage(d.trend().periodKinds().get(i).messageKey(), null, locale) + " "
                    + d.trend().periodYears().get(i));
        }
        data.put("periods", periodLabels);
        data.put("series", d.trend().series().stream().map(s -> java.util.Map.of("label", s.code() + ". " + s.name(),
                "data", s.percents())).toList());
        data.put("planLabel", messages.getMessage("dashboard.chart.plan", null, locale));
        data.put("percentLabel", messages.getMessage("dashboard.chart.percent", null, locale));
        return json.writeValueAsString(data);
    }

    @GetMapping("/dashboard/province")
    String province(@RequestParam(required = false) String indicator, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PeriodKind period,
            @RequestParam(defaultValue = "NAME") Dashboards.Sort sort, @RequestParam(defaultValue = "false") boolean desc,
            Model model) {
        List<String[]> indicators = dashboards.indicators();
        model.addAttribute("indicators", indicators);
        model.addAttribute("periodKinds", PeriodKind.values());
        // unless chosen, open on the latest period and indicator that have a value (not an empty year)
        var start = indicator == null || year == null || period == null ? dashboards.latestWithData()
                : java.util.Optional.<Dashboards.RollupStart>empty();
        int y = year != null ? year : start.map(Dashboards.RollupStart::year).orElse(LocalDate.now(clock).getYear() - 1);
        if (period == null) {
            period = start.map(Dashboards.RollupStart::periodKind).orElse(PeriodKind.YEAR);
        }
        String code = indicator != null ? indicator : start.map(Dashboards.RollupStart::indicatorCode)
                .orElse(indicators.isEmpty() ? null : indicators.get(0)[0]);
        model.addAttribute("year", y);
        model.addAttribute("period", period);
        model.addAttribute("sort", sort);
        model.addAttribute("desc", desc);
        model.addAttribute("indicator", code);
        if (code != null) {
            model.addAttribute("rollup", dashboards.province(code, y, period, sort, desc));
        }
        return "resolution/province";
    }

    @GetMapping("/dashboard/export.xlsx")
    ResponseEntity<byte[]> exportWard(@RequestParam long resolution, @RequestParam(required = false) Long period,
            Locale locale) throws IOException {
        Dashboards.WardDashboard d = dashboards.ward(resolution, period);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(msg("dashboard.sheet", locale));
            CellStyle bold = boldStyle(wb);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(d.resolution().title());
            title.getCell(0).setCellStyle(bold);
            Row sub = sheet.createRow(1);
            sub.createCell(0).setCellValue(d.period() == null ? "" : msg(d.period().kind().messageKey(), locale) + " "
                    + d.period().year() + " — " + msg("dashboard.achievedCount", locale, d.achieved(), d.evaluated()));
            String[] headers = {"dashboard.col.code", "dashboard.col.target", "dashboard.col.unit", "dashboard.col.plan",
                    "dashboard.col.value", "dashboard.col.percent", "dashboard.col.status"};
            header(sheet.createRow(3), headers, bold, locale);
            int i = 4;
            for (Dashboards.TargetRow r : d.rows()) {
                Row row = sheet.createRow(i++);
                row.createCell(0).setCellValue(r.target().code());
                row.createCell(1).setCellValue(r.target().name());
                row.createCell(2).setCellValue(r.target().unit() == null ? "" : r.target().unit());
                number(row, 3, r.plan());
                number(row, 4, r.value());
                number(row, 5, r.percent());
                row.createCell(6).setCellValue(msg(r.status().messageKey(), locale));
            }
            finish(sheet, headers.length, 3, i - 1);
            wb.write(out);
            return PeriodController.download("bang-theo-doi-chi-tieu-" + LocalDate.now(clock) + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        }
    }

    @GetMapping("/dashboard/province/export.xlsx")
    ResponseEntity<byte[]> exportProvince(@RequestParam String indicator, @RequestParam int year,
            @RequestParam PeriodKind period, @RequestParam(defaultValue = "NAME") Dashboards.Sort sort,
            @RequestParam(defaultValue = "false") boolean desc, Locale locale) throws IOException {
        Dashboards.ProvinceRollup p = dashboards.province(indicator, year, period, sort, desc);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(msg("dashboard.sheet", locale));
            CellStyle bold = boldStyle(wb);
            Row title = sheet.createRow(0);
            // an unknown code names no indicator (and, 100,000 characters long, did not fit an Excel cell)
            String name = dashboards.indicators().stream().filter(x -> x[0].equals(indicator)).map(x -> x[1]).findFirst()
                    .orElseThrow(() -> vn.dangbo.shared.DomainException.notFound("INDICATOR_NOT_FOUND", "error.404.detail"));
            title.createCell(0).setCellValue(name + " — " + msg(period.messageKey(), locale) + " " + year);
            title.getCell(0).setCellStyle(bold);
            String[] headers = {"dashboard.col.ward", "dashboard.col.plan", "dashboard.col.value", "dashboard.col.percent",
                    "dashboard.col.status"};
            header(sheet.createRow(2), headers, bold, locale);
            int i = 3;
            for (Dashboards.WardRow r : p.rows()) {
                Row row = sheet.createRow(i++);
                row.createCell(0).setCellValue(r.organizationName());
                number(row, 1, r.plan());
                number(row, 2, r.value());
                number(row, 3, r.percent());
                row.createCell(4).setCellValue(msg(r.status().messageKey(), locale));
            }
            finish(sheet, headers.length, 2, i - 1);
            wb.write(out);
            return PeriodController.download("tong-hop-" + indicator.toLowerCase(Locale.ROOT) + "-" + year + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private void header(Row row, String[] keys, CellStyle bold, Locale locale) {
        for (int c = 0; c < keys.length; c++) {
            row.createCell(c).setCellValue(msg(keys[c], locale));
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static void number(Row row, int col, java.math.BigDecimal value) {
        if (value != null) {
            row.createCell(col).setCellValue(value.doubleValue());
        }
    }

    private static CellStyle boldStyle(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        s.setFont(f);
        return s;
    }

    private static void finish(Sheet sheet, int columns, int headerRow, int lastRow) {
        sheet.createFreezePane(0, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns - 1));
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, c == 1 || (c == 0 && columns == 5) ? 60 * 256 : 16 * 256);
        }
    }
}
