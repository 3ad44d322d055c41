package vn.dangbo.resolution;

/** A task's status; "overdue" is derived (deadline passed and not done), never stored. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE;

    public String messageKey() {
        return "task.status." + name();
    }
}
