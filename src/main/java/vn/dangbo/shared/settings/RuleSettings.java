package vn.dangbo.shared.settings;

import java.time.LocalDate;
import vn.dangbo.shared.calendar.WorkingDayCalendar;

/**
 * Reading the rule settings (implemented by the settings module): the value in force on a date for an
 * organization, a province's value winning over the system's within the province; and the working-day calendar
 * with the settings and the administrator's days off and swapped working days.
 */
public interface RuleSettings {

    SettingValue valueOf(RuleSetting setting, LocalDate on, String organizationPath);

    /** The working-day calendar with the Tết and Quốc khánh settings in force on {@code on}. */
    WorkingDayCalendar workingDays(LocalDate on);
}
