package vn.dangbo.member.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.member.Gender;
import vn.dangbo.shared.DateLimits;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Reading the values people write in a member list: dates in the ways Vietnamese registers and spreadsheets write
 * them, "Nam"/"Nữ", and identifiers that a spreadsheet turned into numbers.
 */
public final class Values {

    /** d/M/yyyy, d-M-yyyy, d.M.yyyy (day first, as Vietnamese documents write dates). */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    /** yyyy-M-d (ISO) and yyyy/M/d. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[\\-/](\\d{1,2})[\\-/](\\d{1,2})");
    /** "ngày 12 tháng 4 năm 1968", folded. */
    private static final Pattern WORDS = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    /** A time of day after the date ("12/04/1968 00:00:00", "1968-04-12T00:00"), which is dropped. */
    private static final Pattern TIME_SUFFIX = Pattern.compile("[\\sT]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(AM|PM|SA|CH)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEGER = Pattern.compile("\\d+(\\.0+)?");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE]\\+?\\d+");
    /** Day 0 of Excel's 1900 date system as counted after its leap-year bug (serials from 61 on). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Set<String> MARKS = Set.of("x", "v", "1", "co", "\u221a", "\u2713", "\u2714", "+", "*");

    private Values() {}

    /** Outcome of reading a date: a date, nothing (blank), a year alone, or something that is no date. */
    public record DateValue(LocalDate date, boolean blank, boolean yearOnly) {
        static final DateValue BLANK = new DateValue(null, true, false);
        static final DateValue INVALID = new DateValue(null, false, false);
        static final DateValue YEAR_ONLY = new DateValue(null, false, true);

        public boolean valid() {
            return date != null;
        }
    }

    /**
     * Reads dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd, "ngày d tháng M năm yyyy" and Excel date
     * serials (a date cell whose format was lost, e.g. in a CSV). A four-digit number between 1900 and 2100 is a year
     * alone, never a serial (serials of those numbers are days in 1905, which no register holds).
     */
    public static DateValue date(String text) {
        String s = VietnameseText.cleanToNull(text);
        if (s == null) {
            return DateValue.BLANK;
        }
        s = TIME_SUFFIX.matcher(s).replaceFirst("").strip();
        Matcher m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = WORDS.matcher(VietnameseText.fold(s));
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        if (INTEGER.matcher(s).matches()) {
            String digits = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
            if (digits.length() > 6) {
                return DateValue.INVALID;
            }
            int n = Integer.parseInt(digits);
            if (n >= 1900 && n <= 2100) {
                return DateValue.YEAR_ONLY;
            }
            if (n > 60 && n < 73051) { // 1 March 1900 .. 31 December 2099
                return new DateValue(EXCEL_EPOCH.plusDays(n), false, false);
            }
        }
        return DateValue.INVALID;
    }

    private static DateValue of(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (!DateLimits.contains(date)) { // 01/01/0000, a slip for 2025 typed as 0025...
                return DateValue.INVALID;
            }
            return new DateValue(date, false, false);
        } catch (DateTimeException | NumberFormatException e) {
            return DateValue.INVALID;
        }
    }

    /** "Nam" or "Nữ" in any case, with or without diacritics (and M/F, male/female); empty when it is neither. */
    public static Optional<Gender> gender(String text) {
        String f = VietnameseText.fold(text);
        return switch (f) {
            case "nam", "m", "male", "trai" -> Optional.of(Gender.MALE);
            case "nu", "f", "female", "gai" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    /** A tick in a column of a register that marks gender by column ("x", "✓", "1", or the word Nam/Nữ itself). */
    public static boolean isMark(String text) {
        String f = VietnameseText.fold(text);
        return MARKS.contains(f) || f.equals("nam") || f.equals("nu");
    }

    /** Whether a spreadsheet wrote a long number in exponent form ("7,91235E+10"), which lost its digits. */
    public static boolean scientific(String text) {
        String s = VietnameseText.cleanToNull(text);
        return s != null && SCIENTIFIC.matcher(s).matches();
    }

    /**
     * A citizen ID as people write it: without spaces, dots or dashes. Every 12-digit number starts with the
     * province code 001–096, so a number of 10 or 11 digits is one that a spreadsheet stored as a number and lost
     * its leading zeros; they are put back. A masked number ("••••••••6789", as exports show it) means "not given".
     */
    public static String citizenId(String text) {
        String s = VietnameseText.cleanToNull(text);
        if (s == null || s.indexOf('\u2022') >= 0 || s.indexOf('*') >= 0) {
            return null;
        }
        String compact = s.replaceAll("[\\s.\\-]", "");
        if (INTEGER.matcher(compact).matches() && compact.contains(".")) {
            compact = compact.substring(0, compact.indexOf('.'));
        }
        if (compact.matches("\\d{10,11}")) {
            return "0".repeat(12 - compact.length()) + compact;
        }
        return compact;
    }

    /** A phone number; a 9- or 10-digit number without its leading 0 (a spreadsheet number) gets it back. */
    public static String phone(String text) {
        String s = VietnameseText.cleanToNull(text);
        if (s == null) {
            return null;
        }
        String compact = s.replaceAll("[\\s.\\-()]", "");
        if (compact.matches("[1-9]\\d{8,9}")) {
            return "0" + compact;
        }
        return compact;
    }

    /** A card number: a number cell read as "90000001.0" loses its decimals. */
    public static String cardNumber(String text) {
        String s = VietnameseText.cleanToNull(text);
        if (s == null) {
            return null;
        }
        if (INTEGER.matcher(s).matches() && s.contains(".")) {
            return s.substring(0, s.indexOf('.'));
        }
        return s;
    }
}
