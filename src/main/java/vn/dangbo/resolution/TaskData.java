package vn.dangbo.resolution;

import java.time.LocalDate;
import java.util.List;

/** The editable content of a task. */
public record TaskData(String ordinal, String title, String description, Long leadOrganizationId,
        List<Long> cooperatorIds, LocalDate deadline) {

    public TaskData {
        // a blank choice of a form arrives as null
        cooperatorIds = cooperatorIds == null ? List.of()
                : cooperatorIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
