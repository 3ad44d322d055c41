package vn.dangbo.shared.settings;

import java.util.List;

/**
 * Every rule RULES.md marks <b>configurable</b>, as a typed setting with its default and the regulation it comes
 * from (a message key under {@code regulation.}). Policies never hard-code these values: a facade reads the value
 * in force on the record's date for its organization ({@link RuleSettings#valueOf}) and passes it in, and the
 * record keeps {@link SettingValue#ruleVersion()}. A new module adds its constants here.
 */
public enum RuleSetting {
    /** RULES.md §2.3: introducers of an applicant (Mẫu 3-KNĐ). */
    ADMISSION_INTRODUCERS("admission.introducers", SettingType.INTEGER, "2", 1, 5, List.of(),
            "regulation.hd06.2025", SettingScope.SYSTEM),
    /** RULES.md §2.6: the admission ceremony within this many working days of the decision. */
    ADMISSION_CEREMONY_WORKING_DAYS("admission.ceremonyWorkingDays", SettingType.INTEGER, "30", 1, 120, List.of(),
            "regulation.hd06.2025", SettingScope.SYSTEM),
    /** RULES.md §3: the day of the month of the regular cell meeting. */
    MEETING_DAY_OF_MONTH("meeting.dayOfMonth", SettingType.INTEGER, "3", 1, 28, List.of(),
            "regulation.ct50.2025", SettingScope.PROVINCE),
    /** RULES.md §3: a meeting date falling on a holiday moves (with a reason recorded) to this side. */
    MEETING_HOLIDAY_MOVE("meeting.holidayMove", SettingType.CHOICE, "NEXT_WORKING_DAY", 0, 0,
            List.of("NEXT_WORKING_DAY", "PREVIOUS_WORKING_DAY", "NO_MOVE"), "regulation.ct50.2025",
            SettingScope.PROVINCE),
    /** RULES.md §3: thematic meetings at least this many times a quarter. */
    MEETING_THEMATIC_PER_QUARTER("meeting.thematicPerQuarter", SettingType.INTEGER, "1", 0, 3, List.of(),
            "regulation.hd42.2025", SettingScope.PROVINCE),
    /** RULES.md §3: the province's criteria of a "chi bộ bốn tốt". */
    MEETING_FOUR_GOOD_CRITERIA("meeting.fourGoodCriteria", SettingType.LIST,
            "Lãnh đạo thực hiện tốt nhiệm vụ chính trị\nXây dựng chi bộ trong sạch, vững mạnh\n"
                    + "Đảng viên gương mẫu\nSinh hoạt chi bộ nền nếp, chất lượng", 0, 0, List.of(),
            "regulation.province.emulation", SettingScope.PROVINCE),
    /** RULES.md §5: a cell's congress term in years (QĐ 294 pilot: 5; the Charter: twice in 5 years). */
    CELL_CONGRESS_TERM_YEARS("congress.cellTermYears", SettingType.INTEGER, "5", 2, 5, List.of(),
            "regulation.qd294.2025", SettingScope.SYSTEM),
    /** RULES.md §5: how the 30% candidate surplus rounds. */
    ELECTION_SURPLUS_ROUNDING("election.surplusRounding", SettingType.CHOICE, "AT_LEAST_ONE_FLOOR", 0, 0,
            List.of("AT_LEAST_ONE_FLOOR", "FLOOR", "HALF_UP"), "regulation.qd190.2024", SettingScope.PROVINCE),
    /** RULES.md §5: invalid-ballot reasons beyond QĐ 244 Art. 17.2. */
    ELECTION_EXTRA_INVALID_REASONS("election.extraInvalidReasons", SettingType.LIST,
            "Ghi thêm tên người ngoài danh sách\nCó ký hiệu riêng hoặc chữ ký", 0, 0, List.of(),
            "regulation.qd190.2024", SettingScope.SYSTEM),
    /** RULES.md §5: the election report within this many working days after the congress. */
    ELECTION_REPORT_WORKING_DAYS("election.reportWorkingDays", SettingType.INTEGER, "7", 1, 60, List.of(),
            "regulation.qd24.2021", SettingScope.SYSTEM),
    /** RULES.md §5: the superior's approval within this many working days. */
    ELECTION_APPROVAL_WORKING_DAYS("election.approvalWorkingDays", SettingType.INTEGER, "15", 1, 60, List.of(),
            "regulation.qd24.2021", SettingScope.SYSTEM),
    /** RULES.md §6: "xuất sắc" at most this percentage of those rated "tốt". */
    RATING_EXCELLENT_CAP_PERCENT("rating.excellentCapPercent", SettingType.INTEGER, "20", 1, 100, List.of(),
            "regulation.qd366.2025", SettingScope.SYSTEM),
    /** RULES.md §6: how the cap rounds. */
    RATING_CAP_ROUNDING("rating.capRounding", SettingType.CHOICE, "DOWN", 0, 0, List.of("DOWN", "HALF_UP", "UP"),
            "regulation.qd366.2025", SettingScope.SYSTEM),
    /** RULES.md §6: what the cap is counted over. */
    RATING_CAP_GROUPING("rating.capGrouping", SettingType.CHOICE, "GRASSROOTS", 0, 0,
            List.of("GRASSROOTS", "PEER_GROUP"), "regulation.qd366.2025", SettingScope.PROVINCE),
    /** RULES.md §6: who is not rated. */
    RATING_NOT_RATED("rating.notRated", SettingType.LIST,
            "Đảng viên được miễn công tác và sinh hoạt đảng\nĐảng viên bị đình chỉ sinh hoạt\n"
                    + "Đảng viên được kết nạp chưa đủ 6 tháng", 0, 0, List.of(), "regulation.qd366.2025",
            SettingScope.SYSTEM),
    /** RULES.md §6: the highest level a member disciplined in the year can get. */
    RATING_DISCIPLINED_CAP("rating.disciplinedCap", SettingType.CHOICE, "COMPLETED", 0, 0,
            List.of("GOOD", "COMPLETED", "NOT_COMPLETED"), "regulation.qd366.2025", SettingScope.SYSTEM),
    /** RULES.md §7: monthly fees of the other categories, "category: amount in đồng" a line. */
    FEE_OTHER_CATEGORIES("fee.otherCategories", SettingType.LIST,
            "Đảng viên hưởng trợ cấp xã hội: 5.000\nĐảng viên không có thu nhập thường xuyên: 5.000", 0, 0,
            List.of(), "regulation.qd01.2026", SettingScope.PROVINCE),
    /** Labour Code 2019 Art. 112.1.b: the days of Tết Âm lịch. */
    CALENDAR_TET_DAYS("calendar.tetDays", SettingType.INTEGER, "5", 1, 15, List.of(),
            "regulation.labourCode.art112", SettingScope.SYSTEM),
    /** Labour Code 2019 Art. 112.1.d: the second day of Quốc khánh, before or after 2/9. */
    CALENDAR_NATIONAL_DAY_SECOND("calendar.nationalDaySecond", SettingType.CHOICE, "AFTER", 0, 0,
            List.of("BEFORE", "AFTER"), "regulation.labourCode.art112", SettingScope.SYSTEM);

    private final String key;
    private final SettingType type;
    private final String defaultValue;
    private final int min;
    private final int max;
    private final List<String> choices;
    private final String citation;
    private final SettingScope scope;

    RuleSetting(String key, SettingType type, String defaultValue, int min, int max, List<String> choices,
            String citation, SettingScope scope) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.citation = citation;
        this.scope = scope;
    }

    public static java.util.Optional<RuleSetting> byKey(String key) {
        for (RuleSetting s : values()) {
            if (s.key.equals(key)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    public String key() { return key; }
    public SettingType type() { return type; }
    public String defaultValue() { return defaultValue; }
    public int min() { return min; }
    public int max() { return max; }
    public List<String> choices() { return choices; }
    /** The regulation, as a message key under {@code regulation.}. */
    public String citation() { return citation; }
    public SettingScope scope() { return scope; }

    /** The setting's name on the page. */
    public String messageKey() {
        return "setting." + key;
    }

    /**
     * The value as stored (trimmed; a list one item a line, blank lines dropped), or the message key of what is
     * wrong with it. Lists hold at most 30 items of at most 200 characters.
     */
    public Checked check(String raw) {
        String v = raw == null ? "" : raw.strip();
        switch (type) {
            case INTEGER -> {
                if (!v.matches("\\d{1,6}")) {
                    return Checked.wrong("setting.validation.integer", min, max);
                }
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    return Checked.wrong("setting.validation.integer", min, max);
                }
                return Checked.ok(Integer.toString(n));
            }
            case CHOICE -> {
                return choices.contains(v) ? Checked.ok(v) : Checked.wrong("setting.validation.choice");
            }
            default -> {
                List<String> items = v.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (items.size() > 30 || items.stream().anyMatch(s -> s.length() > 200)) {
                    return Checked.wrong("setting.validation.list", 30, 200);
                }
                return Checked.ok(String.join("\n", items));
            }
        }
    }

    /** A value checked against the definition: the value to store, or the message key and arguments of the error. */
    public record Checked(String value, String errorKey, List<Object> errorArgs) {
        static Checked ok(String value) {
            return new Checked(value, null, List.of());
        }

        static Checked wrong(String key, Object... args) {
            return new Checked(null, key, List.of(args));
        }

        public boolean valid() {
            return errorKey == null;
        }
    }
}
