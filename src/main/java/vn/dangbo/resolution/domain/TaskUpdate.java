package vn.dangbo.resolution.domain;

import java.time.OffsetDateTime;
import vn.dangbo.resolution.TaskStatus;

public record TaskUpdate(long id, long taskId, TaskStatus statusAfter, Integer progress, String note, String actor,
        OffsetDateTime at) {}
