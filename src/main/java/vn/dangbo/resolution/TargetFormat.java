package vn.dangbo.resolution;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.dangbo.resolution.domain.Target;
import vn.dangbo.shared.format.VietnameseFormat;

/**
 * A target's values written as the reports write them: "12,47 tỉ đồng", "8/9 trường", "92,5%", "0,8%",
 * "611 lao động", "528 triệu đồng" (a target counted in đồng is shown scaled; the exact value stays underneath).
 * Available in templates as {@code @targetFormat}.
 */
@Component("targetFormat")
public class TargetFormat {

    public static String value(Target t, BigDecimal value, BigDecimal total) {
        return value(t.kind(), t.unit(), t.displayDecimals(), value, total);
    }

    /** A value (or plan) of a target of this kind and unit; {@code total} only for a count out of a total. */
    public static String value(TargetKind kind, String unit, int decimals, BigDecimal value, BigDecimal total) {
        if (value == null) {
            return "";
        }
        if (kind == TargetKind.COUNT_OF_TOTAL && total != null) {
            return VietnameseFormat.withUnit(VietnameseFormat.compact(value, decimals) + "/"
                    + VietnameseFormat.compact(total, decimals), unit);
        }
        if (kind == TargetKind.RATE) {
            return VietnameseFormat.compact(value, decimals) + "%";
        }
        if (inDong(unit)) {
            return VietnameseFormat.money(value);
        }
        return VietnameseFormat.withUnit(VietnameseFormat.compact(value, decimals), unit);
    }

    /** The unit is plain đồng ("đồng", "VNĐ"): the figure is shown scaled to tỉ or triệu. */
    static boolean inDong(String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.equals("đồng") || u.equals("vnđ") || u.equals("vnd");
    }

    static String suffix(Target t) {
        if (t.kind() == TargetKind.RATE) {
            return "%";
        }
        return t.unit() == null ? "" : VietnameseFormat.withUnit("", t.unit());
    }

    /**
     * An attainment percentage at the target's own precision, as the seeds write each figure: "85,98%", "98,57%",
     * "126%" (whole percentages without decimals).
     */
    public static String percent(BigDecimal percent, int decimals) {
        return percent == null ? "" : VietnameseFormat.percent(percent, decimals);
    }

    /** Instance form for templates: {@code ${@targetFormat.of(target, value, total)}}. */
    public String of(Target t, BigDecimal value, BigDecimal total) {
        return value(t, value, total);
    }
}
