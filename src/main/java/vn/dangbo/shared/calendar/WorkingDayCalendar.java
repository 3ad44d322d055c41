package vn.dangbo.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days are working days in Vietnam, for deadlines counted in working days (RULES.md §2: the admission
 * ceremony within 30 working days of the decision; §5: approval of election results within 15 working days).
 * Plain Java, no Spring, no I/O: the settings and the administrator's list of days are passed in.
 *
 * <ul>
 * <li>Saturday and Sunday are the weekly rest days of Party and State offices.</li>
 * <li>Public holidays, Labour Code 2019 Art. 112: Tết Dương lịch 1/1; Tết Âm lịch ({@code tetDays} days, 5 by
 * default: the last day of the old lunar year and the first four of the new, on the Vietnamese lunar calendar,
 * {@link VietnameseLunarCalendar}); Giỗ Tổ Hùng Vương 10/3 lunar; Ngày Chiến thắng 30/4; Quốc tế Lao động 1/5;
 * Quốc khánh 2/9 and one adjacent day (the day after by default, the day before if so set).</li>
 * <li>A holiday falling on a weekly rest day is compensated on the next working day (Labour Code 2019
 * Art. 111.3, nghỉ bù).</li>
 * <li>The government's yearly arrangements (an extra day off, a Saturday worked in exchange) are the
 * administrator's list of {@link DayRule}s, which override everything above.</li>
 * </ul>
 */
public final class WorkingDayCalendar {

    /** The Labour Code 2019 Art. 112.1.b: five days of Tết Âm lịch. */
    public static final int DEFAULT_TET_DAYS = 5;

    /** Which day beside 2/9 is the second day of Quốc khánh (the government chooses it each year). */
    public enum Adjacent { BEFORE, AFTER }

    /** Why a day is not worked, as a message key under {@code calendar.holiday.}. */
    public enum Holiday { NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR, NATIONAL_DAY, COMPENSATORY, EXTRA }

    /** A day the administrator set: off ({@code dayOff}) or worked (a swapped working day), with the reason. */
    public record DayRule(LocalDate date, boolean dayOff, String reason) {}

    private final int tetDays;
    private final Adjacent nationalDayAdjacent;
    private final Map<LocalDate, DayRule> rules = new HashMap<>();
    private final Map<Integer, Map<LocalDate, Holiday>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(int tetDays, Adjacent nationalDayAdjacent, Collection<DayRule> dayRules) {
        if (tetDays < 1 || tetDays > 15) {
            throw new IllegalArgumentException("Tết days out of range: " + tetDays);
        }
        this.tetDays = tetDays;
        this.nationalDayAdjacent = nationalDayAdjacent;
        for (DayRule r : dayRules) {
            rules.put(r.date(), r);
        }
    }

    /** The Labour Code's calendar with no arrangements of the year. */
    public static WorkingDayCalendar standard() {
        return new WorkingDayCalendar(DEFAULT_TET_DAYS, Adjacent.AFTER, java.util.List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayRule rule = rules.get(date);
        if (rule != null) {
            return !rule.dayOff();
        }
        return !weekend(date) && !holidays(date.getYear()).containsKey(date);
    }

    /** The public holiday (or compensatory or extra day off) on that date, if any. */
    public Optional<Holiday> holiday(LocalDate date) {
        DayRule rule = rules.get(date);
        if (rule != null) {
            return rule.dayOff() ? Optional.of(Holiday.EXTRA) : Optional.empty();
        }
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    /** The public holidays of a year (compensatory days included, the administrator's list not), in date order. */
    public Map<LocalDate, Holiday> holidaysOf(int year) {
        return holidays(year);
    }

    /**
     * The date {@code n} working days after {@code date}: the deadline of something to be done "within n working
     * days" of it. The start day itself is not counted; {@code n = 0} gives the start day.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to} (so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}); negative when {@code to} is before {@code from}.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, Holiday> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, this::computeHolidays);
    }

    private Map<LocalDate, Holiday> computeHolidays(int year) {
        Map<LocalDate, Holiday> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, 1, 1), Holiday.NEW_YEAR);
        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        for (int i = 0; i < tetDays; i++) {
            days.put(tet.plusDays(i - 1L), Holiday.TET);
        }
        days.put(VietnameseLunarCalendar.toSolar(10, 3, year, false), Holiday.HUNG_KINGS);
        days.put(LocalDate.of(year, 4, 30), Holiday.REUNIFICATION);
        days.put(LocalDate.of(year, 5, 1), Holiday.LABOUR);
        days.put(LocalDate.of(year, 9, 2), Holiday.NATIONAL_DAY);
        days.put(LocalDate.of(year, 9, nationalDayAdjacent == Adjacent.BEFORE ? 1 : 3), Holiday.NATIONAL_DAY);
        Map<LocalDate, Holiday> result = new LinkedHashMap<>(days);
        for (LocalDate d : days.keySet().stream().sorted().toList()) {
            if (weekend(d)) {
                LocalDate c = d.plusDays(1);
                while (weekend(c) || result.containsKey(c)) {
                    c = c.plusDays(1);
                }
                result.put(c, Holiday.COMPENSATORY);
            }
        }
        Map<LocalDate, Holiday> sorted = new LinkedHashMap<>();
        result.keySet().stream().sorted().forEach(d -> sorted.put(d, result.get(d)));
        return java.util.Collections.unmodifiableMap(sorted);
    }
}
