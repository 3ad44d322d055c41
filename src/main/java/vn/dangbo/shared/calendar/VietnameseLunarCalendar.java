package vn.dangbo.shared.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunar calendar (âm lịch), computed for Vietnam's time zone, UTC+7, with Hồ Ngọc Đức's
 * well-known algorithm (new moons and solar terms after Jean Meeus, "Astronomical Algorithms"). The Chinese
 * calendar uses UTC+8, so the two differ when a new moon falls between 16:00 and 17:00 UTC: Tết Ất Sửu was on
 * 21/01/1985 in Vietnam but on 20/02/1985 in China (a month later), Tết Đinh Hợi on 18/02/2007 in China but 17/02/2007 in Vietnam.
 * Plain Java, no state: a day of the lunar year in, the solar date out.
 */
public final class VietnameseLunarCalendar {

    /** Vietnam's time zone in hours, the meridian the lunar calendar is reckoned on. */
    public static final double TIME_ZONE = 7.0;

    private VietnameseLunarCalendar() {}

    /** The first day of the lunar year that starts in {@code year} (Tết Nguyên đán). */
    public static LocalDate newYear(int year) {
        return toSolar(1, 1, year, false);
    }

    /**
     * The solar date of a lunar day. {@code leapMonth} asks for the leap (nhuận) month of that number; a lunar
     * date that does not exist (a leap month the year does not have) is refused.
     */
    public static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leap = leapOff - 2;
            if (leap < 0) {
                leap += 12;
            }
            if (leapMonth && lunarMonth != leap) {
                throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + lunarMonth);
            }
            if (leapMonth || off >= leapOff) {
                off += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + off);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    private static LocalDate fromJulianDay(long jd) {
        return LocalDate.of(2000, 1, 1).with(JulianFields.JULIAN_DAY, jd);
    }

    private static long julianDay(int day, int month, int year) {
        return LocalDate.of(year, month, day).getLong(JulianFields.JULIAN_DAY);
    }

    /** The day (Julian day number, local time) of the k-th new moon after 1/1/1900. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** Which of the 12 thirty-degree sectors the sun's longitude is in at the start of the local day. */
    private static int sunSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** The first day of the 11th lunar month (the one holding the winter solstice) of {@code year}. */
    private static long lunarMonth11(int year) {
        long off = julianDay(31, 12, year) - 2415021;
        long k = (long) Math.floor(off / 29.530588853);
        long nm = newMoonDay(k);
        if (sunSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** In a year of 13 months, the month after the 11th that holds no major solar term (it is the leap month). */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
