package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.member.importing.Values;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * Dates are "yyyy-MM-dd" within 01/01/1900 – 31/12/2100 (DateLimits) and enums are names, in the API, the forms and
 * the imports: a number given as a date (20250101), year 0000 or -0001, an enum ordinal are refused with a
 * Vietnamese message naming the field, never taken for something else.
 */
@DangboTest
class InputFormatsTest {

    private static final String OFFICE = "mythoi.vanphong";
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired As as;
    @Autowired MessageSource messages;
    @Autowired JsonMapper json;

    // ---- API: dates ----

    @Test
    void theApiRefusesANumberOrAnyNonIsoFormGivenAsADateNamingTheField() throws Exception {
        for (String bad : List.of("20250101", "\"20250101\"", "0", "[2025,1,1]", "\"01/01/2025\"", "\"2025-1-1\"",
                "\"2025-02-30\"", "\"2025-01-01T00:00:00\"", "\"0000-01-01\"", "\"-0001-01-01\"", "\"+10000-01-01\"",
                "\"1899-12-31\"", "\"2101-01-01\"", "true", "{}")) {
            MockHttpServletResponse r = api("/api/v1/organizations", "{\"parentId\":" + ward()
                    + ",\"kind\":\"CELL\",\"name\":\"Chi bộ ngày " + bad.hashCode() + "\",\"establishedOn\":" + bad + "}");
            assertThat(r.getStatus()).as(bad).isEqualTo(400);
            JsonNode body = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
            assertThat(body.get("code").asString()).as(bad).isEqualTo("INVALID_VALUE");
            assertThat(body.get("errors").get(0).get("field").asString()).as(bad).isEqualTo("establishedOn");
            assertThat(body.get("errors").get(0).get("message").asString()).as(bad)
                    .isEqualTo("Ngày không hợp lệ: nhập một ngày có thật từ 01/01/1900 đến 31/12/2100.");
        }
    }

    @Test
    void theApiTakesTheFirstAndTheLastDayOfTheRange() throws Exception {
        for (String good : List.of("1900-01-01", "2100-12-31")) {
            MockHttpServletResponse r = api("/api/v1/organizations", "{\"parentId\":" + ward()
                    + ",\"kind\":\"CELL\",\"name\":\"Chi bộ ngày biên " + good + "\",\"establishedOn\":\"" + good + "\"}");
            assertThat(r.getStatus()).as(good + ": " + r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
            long id = json.readTree(r.getContentAsString()).get("id").asLong();
            assertThat(jdbc.sql("SELECT established_on FROM party_organization WHERE id = ?").param(id)
                    .query(LocalDate.class).single()).isEqualTo(LocalDate.parse(good));
        }
    }

    @Test
    void aDateInsideANestedObjectIsNamedByItsPath() throws Exception {
        MockHttpServletResponse r = api("/api/v1/resolutions", "{\"organizationId\":" + ward() + ",\"resolution\":"
                + "{\"kind\":\"ANNUAL\",\"title\":\"Thử\",\"issuedOn\":20250101,\"startYear\":2025,\"endYear\":2025}}");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0).get("field")
                .asString()).isEqualTo("resolution.issuedOn");
    }

    @Test
    void aResolutionsYearsStayWithinTheDateRangeWithAMessageSayingSo() throws Exception {
        String body = "{\"organizationId\":" + ward() + ",\"resolution\":{\"kind\":\"CONGRESS\",\"title\":\"Thử năm\","
                + "\"issuedOn\":\"2025-01-05\",\"startYear\":2095,\"endYear\":%d}}";
        MockHttpServletResponse over = api("/api/v1/resolutions", body.formatted(2101));
        assertThat(over.getStatus()).isEqualTo(422);
        JsonNode error = json.readTree(over.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("endYear");
        assertThat(error.get("message").asString()).startsWith("Giai đoạn không hợp lệ").contains("1930–2100");
        assertThat(api("/api/v1/resolutions", body.formatted(2100)).getStatus()).isEqualTo(201);
    }

    // ---- API: enums ----

    @Test
    void theApiTakesEnumsByNameOnlyAndListsTheNamesWhenGivenAnOrdinal() throws Exception {
        for (String bad : List.of("0", "4", "\"4\"", "\"cell\"", "\"KHONG_CO\"", "4.0")) {
            MockHttpServletResponse r = api("/api/v1/organizations", "{\"parentId\":" + ward() + ",\"kind\":" + bad
                    + ",\"name\":\"Chi bộ thứ tự " + bad.hashCode() + "\"}");
            assertThat(r.getStatus()).as(bad).isEqualTo(400);
            JsonNode error = json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0);
            assertThat(error.get("field").asString()).as(bad).isEqualTo("kind");
            assertThat(error.get("message").asString()).as(bad).isEqualTo("Giá trị không hợp lệ; chỉ nhận một trong "
                    + "các tên: PROVINCIAL_COMMITTEE, WARD_COMMITTEE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, CELL, "
                    + "PARTY_GROUP.");
        }
        assertThat(api("/api/v1/organizations", "{\"parentId\":" + ward() + ",\"kind\":\"CELL\",\"name\":\"Chi bộ "
                + "theo tên\"}").getStatus()).isEqualTo(201);
        MockHttpServletResponse gender = api("/api/v1/members", "{\"organizationId\":" + ward() + ",\"fullName\":"
                + "\"Thử Thứ Tự\",\"gender\":1,\"dateOfBirth\":\"1980-01-01\",\"admissionDate\":\"2010-01-01\"}");
        assertThat(gender.getStatus()).isEqualTo(400);
        assertThat(json.readTree(gender.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0).get("field")
                .asString()).isEqualTo("gender");
    }

    // ---- forms ----

    @Test
    void aFormRefusesADateOutsideTheRangeBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
        for (String bad : List.of("0000-01-01", "-0001-01-01", "+10000-01-01", "1899-12-31", "2101-01-01", "20250101",
                "2025-02-30")) {
            Document html = form("/organizations", "parentId", "" + ward(), "kind", "CELL", "name",
                    "Chi bộ ngày sai", "establishedOn", bad);
            assertThat(html.selectFirst("[data-testid=error-establishedOn]")).as(bad).isNotNull();
            assertThat(html.selectFirst("[data-testid=error-establishedOn]").text())
                    .isEqualTo("Ngày không hợp lệ: nhập một ngày có thật từ 01/01/1900 đến 31/12/2100.");
            assertThat(html.selectFirst("#establishedOn").val()).isEqualTo(bad);
            assertThat(html.selectFirst("#name").val()).isEqualTo("Chi bộ ngày sai");
        }
        MockHttpServletResponse edge = mvc.perform(post("/organizations").with(csrf()).with(as.user(OFFICE))
                .param("parentId", "" + ward()).param("kind", "CELL").param("name", "Chi bộ 1900")
                .param("establishedOn", "1900-01-01")).andReturn().getResponse();
        assertThat(edge.getStatus()).isEqualTo(302);
    }

    @Test
    void aFormTakesDatesDayFirstAsVietnameseTypeThemAndShowsThemBackDayFirst() throws Exception {
        for (String typed : List.of("10/05/1960", "10/5/1960", "10-05-1960")) {
            MockHttpServletResponse r = mvc.perform(post("/organizations").with(csrf()).with(as.user(OFFICE))
                    .param("parentId", "" + ward()).param("kind", "CELL").param("name", "Chi bộ " + typed)
                    .param("establishedOn", typed)).andReturn().getResponse();
            assertThat(r.getStatus()).as(typed).isEqualTo(302);
            assertThat(jdbc.sql("SELECT established_on FROM party_organization WHERE name = ?")
                    .param("Chi bộ " + typed).query(LocalDate.class).single()).isEqualTo(LocalDate.of(1960, 5, 10));
        }
        // a form sent back for another field's error shows the date as it is read: day first, never 1960-05-10
        Document html = form("/organizations", "parentId", "" + ward(), "kind", "CELL", "name", "",
                "establishedOn", "10/5/1960");
        assertThat(html.selectFirst("[data-testid=error-name]")).isNotNull();
        assertThat(html.selectFirst("#establishedOn").val()).isEqualTo("10/05/1960");
        assertThat(html.selectFirst("#establishedOn").attr("type")).isEqualTo("text");
        assertThat(html.selectFirst("#establishedOn").attr("inputmode")).isEqualTo("numeric");
        assertThat(html.selectFirst("#establishedOn").attr("placeholder")).isEqualTo("dd/mm/yyyy");
        assertThat(html.select("input[type=date]")).isEmpty();
    }

    @Test
    void aDateOfBirthInTheFutureIsRefusedBesideTheField() throws Exception {
        Document html = form("/members", "organizationId", "" + ward(), "fullName", "Thử Ngày Sinh", "gender", "MALE",
                "dateOfBirth", LocalDate.now().plusDays(2).toString(), "admissionDate", "2010-01-01");
        assertThat(html.selectFirst("[data-testid=error-dateOfBirth]").text())
                .isEqualTo(messages.getMessage("validation.notFuture", null, VI));
    }

    @Test
    void aFormRefusesAnEnumOrdinalBesideTheField() throws Exception {
        for (String bad : List.of("0", "4", "cell")) {
            Document html = form("/organizations", "parentId", "" + ward(), "kind", bad, "name", "Chi bộ thứ tự");
            assertThat(html.selectFirst("[data-testid=error-kind]")).as(bad).isNotNull();
            assertThat(html.selectFirst("[data-testid=error-kind]").text())
                    .isEqualTo("Vui lòng chọn một giá trị trong danh sách.");
        }
        Document member = form("/members", "organizationId", "" + ward(), "fullName", "Thử Giới Tính", "gender", "1",
                "dateOfBirth", "1980-01-01", "admissionDate", "2010-01-01");
        assertThat(member.selectFirst("[data-testid=error-gender]").text())
                .isEqualTo("Vui lòng chọn một giá trị trong danh sách.");
    }

    // ---- imports ----

    @Test
    void anImportedDateOutsideTheRangeIsNoDate() {
        assertThat(Values.date("01/01/0000").valid()).isFalse();
        assertThat(Values.date("31/12/1899").valid()).isFalse();
        assertThat(Values.date("01/01/2101").valid()).isFalse();
        assertThat(Values.date("0000-01-01").valid()).isFalse();
        assertThat(Values.date("01/01/1900").date()).isEqualTo(DateLimits.MIN);
        assertThat(Values.date("31/12/2100").date()).isEqualTo(DateLimits.MAX);
    }

    // ---- helpers ----

    private MockHttpServletResponse api(String url, String body) throws Exception {
        return mvc.perform(post(url).with(csrf()).with(as.user(OFFICE)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    private Document form(String url, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post(url).with(csrf()).with(as.user(OFFICE));
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
        assertThat(r.getStatus()).as(url + " should show the form again").isEqualTo(200);
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private long ward() {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'").query(Long.class)
                .single();
    }
}
