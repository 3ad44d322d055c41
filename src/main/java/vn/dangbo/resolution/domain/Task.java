package vn.dangbo.resolution.domain;

import java.time.LocalDate;
import vn.dangbo.resolution.TaskStatus;

public record Task(long id, long programId, Long parentId, String ordinal, String title, String description,
        long leadOrganizationId, String leadPath, LocalDate deadline, TaskStatus status, LocalDate completedOn,
        int version) {

    /** Overdue: the deadline has passed and the task is not done (derived, never stored). */
    public boolean overdueOn(LocalDate today) {
        return status != TaskStatus.DONE && deadline != null && deadline.isBefore(today);
    }
}
