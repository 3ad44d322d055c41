package vn.dangbo.resolution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Extension point: a figure the records already hold, to which a shared indicator of the catalogue can be bound
 * instead of being typed ("đảng viên mới được kết nạp" counts the admission decisions in the member register). A
 * module that keeps such records implements it as a Spring bean (the member module: admissions and the roll; later
 * meetings held, coverage, ratings, fees collected), and the resolution module finds it by {@link #key()} without
 * depending on that module. A target that carries a bound indicator shows the counted value on every page, dashboard
 * and roll-up, with {@link #provenanceKey()} and a link to the counted rows, and refuses a typed value.
 */
public interface IndicatorSource {

    /** The stable key the catalogue stores ({@code indicator.source}), e.g. {@code MEMBER_ADMISSIONS}. */
    String key();

    /** Message key of where the value comes from, shown beside it ("tự động từ sổ đảng viên"). */
    String provenanceKey();

    /**
     * The value for each organization's subtree (keyed by its path) over the period from..to (inclusive),
     * computed by the database. An organization without records has 0.
     */
    Map<String, BigDecimal> values(Collection<String> orgPaths, LocalDate from, LocalDate to);

    /** The address of the list of exactly the rows counted for this organization and period. */
    String link(long organizationId, LocalDate from, LocalDate to);
}
