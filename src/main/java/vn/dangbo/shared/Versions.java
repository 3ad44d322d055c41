package vn.dangbo.shared;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.dangbo.shared.format.Zones;

/**
 * Optimistic locking, the same for every versioned record: a change names the version it was made from
 * (a form's hidden field, an API body's {@code version} or an {@code If-Match} ETag). A change without one is
 * refused (428, {@code VERSION_REQUIRED}), never applied over whatever is current; one made from an older
 * version is refused with the time of the change it would have overwritten (409, {@code *_CHANGED}).
 * Facades call {@link #require} after their access check, so an outsider still learns nothing.
 */
public final class Versions {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Versions() {}

    /** The version the change was made from; refuses a change that names none. */
    public static int require(Integer version) {
        if (version == null) {
            throw new DomainException(DomainException.Kind.PRECONDITION_REQUIRED, "VERSION_REQUIRED",
                    "error.versionRequired");
        }
        return version;
    }

    /**
     * The refusal of a change made from an older version: "Bản ghi đã được người khác sửa lúc 14:05 08/12/2026.
     * Vui lòng tải lại." ({@code changedAt} is the current row's last change, empty when it is gone).
     */
    public static DomainException stale(String code, Optional<OffsetDateTime> changedAt) {
        return changedAt
                .map(at -> DomainException.conflict(code, "error.staleVersion",
                        at.atZoneSameInstant(Zones.VIETNAM).format(SHOWN)))
                .orElseGet(() -> DomainException.conflict(code, "error.concurrentChange"));
    }
}
