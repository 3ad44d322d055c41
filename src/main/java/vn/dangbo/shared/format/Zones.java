package vn.dangbo.shared.format;

import java.time.LocalDate;
import java.time.ZoneId;

/** Vietnam keeps one time zone; dates the users see are in it whatever the server's zone. */
public final class Zones {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Zones() {}

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
