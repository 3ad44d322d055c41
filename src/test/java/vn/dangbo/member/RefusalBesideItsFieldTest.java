package vn.dangbo.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;
import vn.dangbo.support.MutableClock;

/**
 * A refusal by a party rule carries the field it concerns and the regulation it cites: the form shows it beside
 * that field, the API names both. The clock stands on a past date, the day a probationary member's record was
 * being kept, so that "not in the future" and "12 months of probation" are both about that day.
 */
@DangboTest
class RefusalBesideItsFieldTest {

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired JsonMapper json;

    record Probationary(long id, LocalDate admitted) {}

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private Probationary probationary() {
        return jdbc.sql("""
                SELECT m.id, m.admission_date FROM member m JOIN party_organization o ON starts_with(m.org_path, o.path)
                 WHERE o.name = 'Đảng bộ phường Mỹ Thới' AND m.current_status = 'PROBATIONARY'
                   AND m.status_since <= m.admission_date + 20 ORDER BY m.id LIMIT 1""")
                .query((rs, n) -> new Probationary(rs.getLong(1), rs.getObject(2, LocalDate.class))).single();
    }

    @Test
    void party_charter_art_5_twelve_months_of_probation_is_refused_beside_the_effective_date_citing_the_charter()
            throws Exception {
        Probationary p = probationary();
        clock.standOn(p.admitted().plusMonths(2));
        Document page = Jsoup.parse(mvc.perform(post("/members/" + p.id() + "/status").with(as.user("mythoi.vanphong"))
                        .with(csrf()).param("status", "OFFICIAL").param("effectiveDate", p.admitted().plusMonths(1).toString()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("[data-testid=error-effectiveDate]").text())
                .isEqualTo("Ngày chính thức phải sau ngày vào Đảng ít nhất 12 tháng dự bị. Căn cứ: Điều lệ Đảng, Điều 5.");
        assertThat(page.select("[data-testid=error-status]")).isEmpty();

        MockHttpServletResponse r = mvc.perform(post("/api/v1/members/" + p.id() + "/status").with(csrf())
                .with(as.user("mythoi.vanphong")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"OFFICIAL\",\"effectiveDate\":\"" + p.admitted().plusMonths(1) + "\"}"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("regulation").asString()).isEqualTo("Điều lệ Đảng, Điều 5");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("effectiveDate");
    }

    @Test
    void standing_on_a_past_day_a_date_after_it_is_in_the_future_and_refused_beside_the_effective_date() throws Exception {
        Probationary p = probationary();
        clock.standOn(p.admitted().plusMonths(2));
        Document page = Jsoup.parse(mvc.perform(post("/members/" + p.id() + "/status").with(as.user("mythoi.vanphong"))
                        .with(csrf()).param("status", "EXEMPTED").param("effectiveDate", p.admitted().plusMonths(3).toString()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("[data-testid=error-effectiveDate]").text()).isEqualTo("Ngày này không được sau ngày hôm nay.");
    }
}
