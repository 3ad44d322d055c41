package vn.dangbo.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates the platform accepts: from 01/01/1900 (nobody registered was born earlier; Party history starts in
 * 1930) to 31/12/2100 (the furthest a term, plan or deadline may look ahead). A date outside is a typing slip
 * ("0025" for "2025") or a probe (year 0000, year -0001, +10000), refused with a Vietnamese message beside the field
 * in forms (the date formatter), in the API (the JSON reader, 400 naming the field) and in imports (the date reader).
 * A date of birth must in addition not lie in the future (MemberValidator).
 */
public final class DateLimits {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

    /** Shown beside a date outside the range or not in the expected form. */
    public static final String MESSAGE_KEY = "validation.dateRange";

    private DateLimits() {}

    public static boolean contains(LocalDate date) {
        return date == null || (!date.isBefore(MIN) && !date.isAfter(MAX));
    }

    public static void check(List<Violation> violations, String field, LocalDate date) {
        if (!contains(date)) {
            violations.add(Violation.of(field, MESSAGE_KEY));
        }
    }
}
