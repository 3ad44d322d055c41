package vn.dangbo.resolution;

import java.time.LocalDate;
import java.util.List;

/** The editable content of a task. */
public record TaskData(String ordinal, String title, String description, Long leadOrganizationId,
        List<Long> cooperatorIds, LocalDate deadline) {

    public TaskData {
        cooperatorIds = cooperatorIds == null ? List.of() : List.copyOf(cooperatorIds);
    }
}
