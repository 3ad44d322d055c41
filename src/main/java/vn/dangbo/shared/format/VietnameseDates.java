package vn.dangbo.shared.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.shared.DateLimits;

/**
 * Reading a date as Vietnamese users type it: day first, "10/05/1960", forgiving "10/5/1960", "10-05-1960" and
 * "10.05.1960"; the ISO form "1960-05-10" (what the API and older links carry) is read too. Only a real date within
 * {@link DateLimits} is a date: "31/02/2025", "10/05/60" (two-digit year) and "05/10/1960 " read as what they say
 * or not at all, never month first.
 */
public final class VietnameseDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private VietnameseDates() {}

    /** The date written, or empty when the text is blank, not a date, or outside {@link DateLimits}. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher day = DAY_FIRST.matcher(s);
        if (day.matches()) {
            return of(day.group(3), day.group(2), day.group(1));
        }
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return DateLimits.contains(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
