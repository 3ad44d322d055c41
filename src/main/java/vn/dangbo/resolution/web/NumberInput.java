package vn.dangbo.resolution.web;

import java.math.BigDecimal;
import java.util.List;
import vn.dangbo.shared.format.VietnameseNumbers;

/**
 * Numbers of a form, read with {@link VietnameseNumbers}: "12.467,1", "85,98", "611", and "14.5" when the dot cannot
 * be a thousands separator.
 */
final class NumberInput {

    private NumberInput() {}

    /** Parses a number; blank is null; unreadable text adds the field to {@code unreadable} and returns null. */
    static BigDecimal parse(String text, String field, List<String> unreadable) {
        if (VietnameseNumbers.blank(text)) {
            return null;
        }
        BigDecimal value = VietnameseNumbers.parse(text).orElse(null);
        if (value == null && !unreadable.contains(field)) {
            unreadable.add(field);
        }
        return value;
    }

    /** A number for a form field, the Vietnamese way, without grouping ("14,5"). */
    static String format(BigDecimal value) {
        return VietnameseNumbers.plain(value);
    }
}
