package vn.dangbo.resolution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.resolution.domain.ReportingPeriod;

/**
 * Values of targets whose indicator is bound to a source in the records ({@link IndicatorSource}): which targets are
 * bound, the dates a period counts over, and the counted value with where it comes from. Every page, dashboard,
 * roll-up and entry path asks here, so a bound value is never typed and always the same.
 */
@Component
class CountedValues {

    /** A counted value: the figure, the message key of its source, and the address of the rows counted. */
    public record Counted(BigDecimal value, String provenanceKey, String link) {}

    private final Map<String, IndicatorSource> sources = new HashMap<>();
    private final JdbcClient jdbc;

    CountedValues(List<IndicatorSource> sources, JdbcClient jdbc) {
        sources.forEach(s -> this.sources.put(s.key(), s));
        this.jdbc = jdbc;
    }

    /** The source key of each bound target of a resolution, by target id (targets without one are absent). */
    Map<Long, String> boundTargets(long resolutionId) {
        Map<Long, String> bound = new HashMap<>();
        jdbc.sql("""
                SELECT t.id, i.source FROM target t JOIN indicator i ON i.code = t.indicator_code
                WHERE t.resolution_id = ? AND i.source IS NOT NULL""")
                .param(resolutionId)
                .query((rs, n) -> bound.put(rs.getLong(1), rs.getString(2))).list();
        bound.values().removeIf(key -> !sources.containsKey(key));
        return bound;
    }

    /** The source key of one target, if its indicator is bound to a known source. */
    String sourceOfTarget(long targetId) {
        return jdbc.sql("""
                SELECT i.source FROM target t JOIN indicator i ON i.code = t.indicator_code
                WHERE t.id = ? AND i.source IS NOT NULL""")
                .param(targetId).query(String.class).optional().filter(sources::containsKey).orElse(null);
    }

    /** The source key of an indicator of the catalogue, if bound to a known source. */
    String sourceOfIndicator(String indicatorCode) {
        return jdbc.sql("SELECT source FROM indicator WHERE code = ? AND source IS NOT NULL")
                .param(indicatorCode).query(String.class).optional().filter(sources::containsKey).orElse(null);
    }

    /**
     * The first day a period counts from: a cumulative target counts from the start of the year (or of the term for
     * mid-term and term periods), as a typed cumulative value does ("lũy kế từ đầu năm"); a level counts the period.
     */
    static LocalDate from(Accumulation accumulation, ReportingPeriod period) {
        if (accumulation == Accumulation.CUMULATIVE && !period.kind().againstTerm()) {
            LocalDate yearStart = LocalDate.of(period.year(), 1, 1);
            return period.startsOn().isBefore(yearStart) ? period.startsOn() : yearStart;
        }
        return period.startsOn();
    }

    /** Counted values of one source for several organizations (path → value) over a period. */
    Map<String, BigDecimal> values(String sourceKey, Collection<String> orgPaths, Accumulation accumulation,
            ReportingPeriod period) {
        return sources.get(sourceKey).values(orgPaths, from(accumulation, period), period.endsOn());
    }

    /** One organization to count for, in its own period (the roll-up's wards). */
    record Ask(long organizationId, String orgPath, Accumulation accumulation, ReportingPeriod period) {}

    /**
     * Counted values for many organizations, keyed by organization id: one query per distinct span of dates (the
     * wards of a roll-up share their period's dates), not one per organization.
     */
    Map<Long, Counted> counted(String sourceKey, List<Ask> asks) {
        IndicatorSource s = sources.get(sourceKey);
        Map<List<LocalDate>, List<Ask>> bySpan = new java.util.LinkedHashMap<>();
        for (Ask a : asks) {
            bySpan.computeIfAbsent(List.of(from(a.accumulation(), a.period()), a.period().endsOn()),
                    k -> new java.util.ArrayList<>()).add(a);
        }
        Map<Long, Counted> result = new HashMap<>();
        bySpan.forEach((span, group) -> {
            Map<String, BigDecimal> values = s.values(group.stream().map(Ask::orgPath).toList(), span.get(0), span.get(1));
            for (Ask a : group) {
                result.put(a.organizationId(), new Counted(values.getOrDefault(a.orgPath(), BigDecimal.ZERO),
                        s.provenanceKey(), s.link(a.organizationId(), span.get(0), span.get(1))));
            }
        });
        return result;
    }

    /** The counted value of one organization's subtree over a period, with its provenance and link. */
    Counted counted(String sourceKey, long organizationId, String orgPath, Accumulation accumulation,
            ReportingPeriod period) {
        IndicatorSource s = sources.get(sourceKey);
        LocalDate from = from(accumulation, period);
        BigDecimal value = s.values(List.of(orgPath), from, period.endsOn()).getOrDefault(orgPath, BigDecimal.ZERO);
        return new Counted(value, s.provenanceKey(), s.link(organizationId, from, period.endsOn()));
    }
}
