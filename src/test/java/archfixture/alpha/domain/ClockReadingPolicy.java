package archfixture.alpha.domain;

import java.time.LocalDate;

/** Bad: a policy that reads today's date itself instead of being given it. */
public class ClockReadingPolicy {

    public boolean overdue(LocalDate deadline) {
        return deadline.isBefore(LocalDate.now());
    }
}
