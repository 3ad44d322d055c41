package vn.dangbo.shared.format;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading numbers as Vietnamese users type them: a decimal comma and dots between thousands ("12.467,1", "85,98",
 * "611"); a plain dot decimal ("14.5") is accepted when it cannot be a thousands separator, so "12.467" is twelve
 * thousand four hundred sixty-seven, as a Vietnamese reader takes it.
 */
public final class VietnameseNumbers {

    private static final Pattern VIETNAMESE = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?\\d+\\.\\d{1,2}|-?\\d+\\.\\d{4,}");

    private VietnameseNumbers() {}

    /** Whether there is nothing to read (null, empty or white space only). */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The number written, or empty when the text is blank or no number. */
    public static Optional<BigDecimal> parse(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "");
        if (DOT_DECIMAL.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s));
        }
        if (VIETNAMESE.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        }
        return Optional.empty();
    }

    /** A number the Vietnamese way, without grouping and without trailing zeros ("14,5", "12000"); null stays null. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
