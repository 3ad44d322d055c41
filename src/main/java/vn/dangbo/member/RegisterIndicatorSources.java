package vn.dangbo.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangbo.member.domain.RollPolicy;
import vn.dangbo.resolution.IndicatorSource;

/**
 * The member register's figures for shared indicators: admissions in a period and the roll at its end, each counted
 * by the database for an organization's subtree, by the definitions of {@link RollPolicy}, with a link to the member
 * list filtered to exactly the rows counted.
 */
@Configuration(proxyBeanMethods = false)
class RegisterIndicatorSources {

    static final String ADMISSIONS = "MEMBER_ADMISSIONS";
    static final String ROLL = "MEMBER_ROLL";
    static final String PROVENANCE = "indicator.source.register";

    @Bean
    IndicatorSource memberAdmissionsSource(JdbcClient jdbc) {
        return new Source(ADMISSIONS, jdbc, "m.org_path LIKE :p AND " + RollPolicy.admittedHere("m")) {
            @Override
            public String link(long organizationId, LocalDate from, LocalDate to) {
                return UriComponentsBuilder.fromPath("/members").queryParam("org", organizationId)
                        .queryParam("former", true).queryParam("admittedFrom", from).queryParam("admittedTo", to)
                        .queryParam("sort", MemberQuery.Sort.ADMISSION_DATE).build().toUriString();
            }
        };
    }

    @Bean
    IndicatorSource memberRollSource(JdbcClient jdbc) {
        return new Source(ROLL, jdbc, "m.org_path LIKE :p AND " + RollPolicy.onRollAsOf("m")) {
            @Override
            public String link(long organizationId, LocalDate from, LocalDate to) {
                return UriComponentsBuilder.fromPath("/members").queryParam("org", organizationId).build().toUriString();
            }
        };
    }

    private abstract static class Source implements IndicatorSource {

        private final String key;
        private final JdbcClient jdbc;
        private final String condition;

        Source(String key, JdbcClient jdbc, String condition) {
            this.key = key;
            this.jdbc = jdbc;
            this.condition = condition;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String provenanceKey() {
            return PROVENANCE;
        }

        /** One count per organization, each an indexed prefix range of member.org_path. */
        @Override
        public Map<String, BigDecimal> values(Collection<String> orgPaths, LocalDate from, LocalDate to) {
            Map<String, BigDecimal> values = new HashMap<>();
            if (orgPaths.isEmpty()) {
                return values;
            }
            List<String> paths = List.copyOf(new java.util.LinkedHashSet<>(orgPaths));
            jdbc.sql("""
                    SELECT o.path, (SELECT count(*) FROM member m WHERE\s""" + condition.replace(":p", "o.pattern") + """
                    ) AS n FROM (SELECT unnest(:paths) AS path) x
                    CROSS JOIN LATERAL (SELECT x.path AS path, x.path || '%' AS pattern) o""")
                    .param("paths", paths.toArray(String[]::new))
                    .param("admittedFrom", from).param("admittedTo", to).param("asOf", to)
                    .query((rs, n) -> values.put(rs.getString("path"), rs.getBigDecimal("n"))).list();
            return values;
        }
    }
}
