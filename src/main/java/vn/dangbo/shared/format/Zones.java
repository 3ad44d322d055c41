package vn.dangbo.shared.format;

import java.time.ZoneId;

/**
 * Vietnam keeps one time zone; dates the users see are in it whatever the server's zone. Today and now come from
 * the injected {@link java.time.Clock} (config/ClockConfiguration), never from a static call.
 */
public final class Zones {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Zones() {}
}
