package vn.dangbo.resolution.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.ResolutionManagement.TargetView;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.resolution.domain.Target;

/** The target form, with one plan row per year of the resolution. Numbers are typed the Vietnamese way ("14,5"). */
public class TargetForm {

    private Integer version;
    private String code;
    private String name;
    private String unit;
    private Area area = Area.ECONOMY;
    private TargetKind kind = TargetKind.AT_LEAST;
    private Accumulation accumulation = Accumulation.CUMULATIVE;
    private String termValue;
    private Integer displayDecimals = 2;
    private Rollup rollup = Rollup.DIRECT;
    private String indicatorCode;
    private String notes;
    private List<PlanRow> plans = new ArrayList<>();
    private List<Long> ownerIds = new ArrayList<>();

    public static class PlanRow {
        private Integer year;
        private String value;
        private String total;
        public PlanRow() {}
        PlanRow(Integer year, String value, String total) {
            this.year = year;
            this.value = value;
            this.total = total;
        }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getTotal() { return total; }
        public void setTotal(String total) { this.total = total; }
    }

    static TargetForm blank(int startYear, int endYear) {
        TargetForm f = new TargetForm();
        for (int y = startYear; y <= endYear; y++) {
            f.plans.add(new PlanRow(y, null, null));
        }
        return f;
    }

    static TargetForm of(TargetView v, int startYear, int endYear) {
        Target t = v.target();
        TargetForm f = new TargetForm();
        f.version = t.version();
        f.code = t.code();
        f.name = t.name();
        f.unit = t.unit();
        f.area = t.area();
        f.kind = t.kind();
        f.accumulation = t.accumulation();
        f.termValue = NumberInput.format(t.termValue());
        f.displayDecimals = t.displayDecimals();
        f.rollup = t.rollup();
        f.indicatorCode = t.indicatorCode();
        f.notes = t.notes();
        for (int y = startYear; y <= endYear; y++) {
            var p = v.plans().get(y);
            f.plans.add(new PlanRow(y, p == null ? null : NumberInput.format(p.planValue()),
                    p == null ? null : NumberInput.format(p.total())));
        }
        f.ownerIds = new ArrayList<>(v.owners().keySet());
        return f;
    }

    /** The data, or the fields whose numbers could not be read. */
    TargetData data(List<String> unreadable) {
        Map<Integer, TargetData.Plan> planMap = new LinkedHashMap<>();
        for (PlanRow p : plans) {
            BigDecimal value = NumberInput.parse(p.value, "plans", unreadable);
            BigDecimal total = NumberInput.parse(p.total, "plans", unreadable);
            if (p.year != null && value != null) {
                planMap.put(p.year, new TargetData.Plan(value, total));
            }
        }
        return new TargetData(code, name, unit, area, kind, accumulation,
                NumberInput.parse(termValue, "termValue", unreadable), displayDecimals, rollup, indicatorCode, notes,
                planMap, ownerIds);
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Area getArea() { return area; }
    public void setArea(Area area) { this.area = area; }
    public TargetKind getKind() { return kind; }
    public void setKind(TargetKind kind) { this.kind = kind; }
    public Accumulation getAccumulation() { return accumulation; }
    public void setAccumulation(Accumulation accumulation) { this.accumulation = accumulation; }
    public String getTermValue() { return termValue; }
    public void setTermValue(String termValue) { this.termValue = termValue; }
    public Integer getDisplayDecimals() { return displayDecimals; }
    public void setDisplayDecimals(Integer displayDecimals) { this.displayDecimals = displayDecimals; }
    public Rollup getRollup() { return rollup; }
    public void setRollup(Rollup rollup) { this.rollup = rollup; }
    public String getIndicatorCode() { return indicatorCode; }
    public void setIndicatorCode(String indicatorCode) { this.indicatorCode = indicatorCode; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<PlanRow> getPlans() { return plans; }
    public void setPlans(List<PlanRow> plans) { this.plans = plans; }
    public List<Long> getOwnerIds() { return ownerIds; }
    public void setOwnerIds(List<Long> ownerIds) { this.ownerIds = ownerIds; }
}
