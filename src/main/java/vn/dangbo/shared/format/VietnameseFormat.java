package vn.dangbo.shared.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates written the way the seed documents write them: "1.770", "85,98%", "6,1",
 * "ngày 30 tháng 9 năm 2025", "30/09/2025". Available in templates as {@code @fmt}.
 */
@Component("fmt")
public class VietnameseFormat {

    private static final DecimalFormatSymbols SYMBOLS = symbols();
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setDecimalSeparator(',');
        s.setGroupingSeparator('.');
        s.setMinusSign('-');
        return s;
    }

    /** "1.770"; "6,1" keeps up to two decimals, without trailing zeros. */
    public static String number(Number value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value instanceof BigDecimal bd ? bd : new BigDecimal(value.toString()));
    }

    /** A number with exactly {@code decimals} decimals unless it is whole: "85,98", "100", "97,78". */
    public static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.stripTrailingZeros().scale() <= 0) {
            return new DecimalFormat("#,##0", SYMBOLS).format(rounded);
        }
        DecimalFormat f = new DecimalFormat("#,##0." + "0".repeat(decimals), SYMBOLS);
        return f.format(rounded);
    }

    /** A number with at most {@code maxDecimals} decimals and no trailing zeros: "14,5", "12,47", "611". */
    public static String compact(BigDecimal value, int maxDecimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat(maxDecimals == 0 ? "#,##0" : "#,##0." + "#".repeat(maxDecimals), SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** "85,98%", "100%", "126%" (whole percentages are written without decimals, as the seeds do). */
    public static String percent(BigDecimal value, int decimals) {
        return value == null ? "" : number(value, decimals) + "%";
    }

    public static String percent(BigDecimal value) {
        return percent(value, 2);
    }

    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    /**
     * An amount in đồng scaled as the seeds write it: "6,1 tỉ đồng", "12 tỉ đồng", "528 triệu đồng", "400.000 đồng"
     * (up to two decimals, no trailing zeros). For display only: the exact figure stays in the record, the exports
     * and the tooltip ({@link #number(Number)} + " đồng").
     */
    public static String money(BigDecimal dong) {
        if (dong == null) {
            return "";
        }
        BigDecimal abs = dong.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return compact(dong.divide(BILLION), 2) + " tỉ đồng";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return compact(dong.divide(MILLION), 2) + " triệu đồng";
        }
        return number(dong) + " đồng";
    }

    /** A number and its unit: "611 lao động", "8 trường"; a percentage unit takes no space ("0,8%"). */
    public static String withUnit(String number, String unit) {
        if (unit == null || unit.isBlank()) {
            return number;
        }
        String u = unit.strip();
        return u.startsWith("%") ? number + u : number + " " + u;
    }

    /** "30/09/2025". */
    public static String date(TemporalAccessor date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** "30/09/2025 14:05". */
    public static String dateTime(TemporalAccessor dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(toLocal(dateTime));
    }

    public static String dateTimeSeconds(TemporalAccessor dateTime) {
        return dateTime == null ? "" : DATE_TIME_SECONDS.format(toLocal(dateTime));
    }

    /** "ngày 30 tháng 9 năm 2025", as in the place-and-date line of a Party document. */
    public static String longDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }

    private static TemporalAccessor toLocal(TemporalAccessor t) {
        if (t instanceof OffsetDateTime odt) {
            return odt.atZoneSameInstant(Zones.VIETNAM).toLocalDateTime();
        }
        if (t instanceof java.time.Instant i) {
            return LocalDateTime.ofInstant(i, Zones.VIETNAM);
        }
        return t;
    }
}
