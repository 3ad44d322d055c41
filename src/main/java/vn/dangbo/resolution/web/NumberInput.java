package vn.dangbo.resolution.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese users type them: a decimal comma and dots between thousands ("12.467,1", "85,98",
 * "611"); a plain dot decimal ("14.5") is accepted when it cannot be a thousands separator.
 */
final class NumberInput {

    private static final Pattern VIETNAMESE = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?\\d+\\.\\d{1,2}|-?\\d+\\.\\d{4,}");

    private NumberInput() {}

    /** Parses a number; blank is null; unreadable text adds the field to {@code unreadable} and returns null. */
    static BigDecimal parse(String text, String field, List<String> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "");
        if (DOT_DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        if (VIETNAMESE.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (!unreadable.contains(field)) {
            unreadable.add(field);
        }
        return null;
    }

    /** A number for a form field, the Vietnamese way, without grouping ("14,5"). */
    static String format(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
