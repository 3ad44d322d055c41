package vn.dangbo.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import vn.dangbo.shared.format.Zones;

/**
 * The application's clock in tests: it follows the system clock until a test stands on a date
 * ({@link #standOn(LocalDate)}), and goes back to the system clock with {@link #reset()}. Every {@code DangboTest}
 * shares one context, so a test that moves the clock resets it when it ends (tests run one after the other).
 */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public MutableClock() {
        this(Zones.VIETNAM);
    }

    private MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on it is 09:00 of that day in Vietnam, until the next call or {@link #reset()}. */
    public void standOn(LocalDate day) {
        fixed.set(day.atTime(9, 0).atZone(zone).toInstant());
    }

    public void standAt(Instant instant) {
        fixed.set(instant);
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock c = new MutableClock(other);
        c.fixed.set(fixed.get());
        return c;
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at != null ? at : Instant.now();
    }
}
