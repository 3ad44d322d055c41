package vn.dangbo.settings;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One day of the administrator's calendar list: an extra day off or a swapped working day, and who added it. */
public record CalendarDay(long id, LocalDate day, boolean dayOff, String reason, String createdBy,
        OffsetDateTime createdAt, String removedBy, OffsetDateTime removedAt) {}
