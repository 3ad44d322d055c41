package vn.dangbo.resolution;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.dangbo.resolution.domain.Target;
import vn.dangbo.shared.format.VietnameseFormat;

/**
 * A target's values written as the reports write them: "12,47 tỉ đồng", "8/9", "92,5%", "611 lao động".
 * Available in templates as {@code @targetFormat}.
 */
@Component("targetFormat")
public class TargetFormat {

    public static String value(Target t, BigDecimal value, BigDecimal total) {
        if (value == null) {
            return "";
        }
        int decimals = t.displayDecimals();
        if (t.kind() == TargetKind.COUNT_OF_TOTAL && total != null) {
            return VietnameseFormat.compact(value, decimals) + "/" + VietnameseFormat.compact(total, decimals);
        }
        return VietnameseFormat.compact(value, decimals) + suffix(t);
    }

    static String suffix(Target t) {
        if (t.kind() == TargetKind.RATE) {
            return "%";
        }
        return t.unit() == null ? "" : " " + t.unit();
    }

    /** Instance form for templates: {@code ${@targetFormat.of(target, value, total)}}. */
    public String of(Target t, BigDecimal value, BigDecimal total) {
        return value(t, value, total);
    }
}
