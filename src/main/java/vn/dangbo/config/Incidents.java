package vn.dangbo.config;

import java.util.concurrent.ThreadLocalRandom;

/** Short incident codes shown to the user instead of a stack trace, and written to the log beside it. */
final class Incidents {

    private Incidents() {}

    static String newId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase(java.util.Locale.ROOT);
    }
}
