package archfixture.good.domain;

import java.time.LocalDate;
import vn.dangbo.shared.Decision;

/** Good: plain Java, the date passed in. */
public final class GoodPolicy {

    public Decision overdue(LocalDate deadline, LocalDate today) {
        return deadline.isBefore(today) ? Decision.deny("task.overdue") : Decision.allow();
    }
}
