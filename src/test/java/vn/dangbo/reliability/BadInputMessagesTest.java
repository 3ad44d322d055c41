package vn.dangbo.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * What a user sees for bad input: the Vietnamese message beside the field with the form as typed on a page, a
 * problem detail with a code and the field's path in the API, and nothing saved.
 */
@DangboTest
class BadInputMessagesTest {

    static final String CONTROL = "Có ký tự điều khiển không hợp lệ";

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;

    long ward() {
        return jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'").query(Long.class).single();
    }

    @Test
    void aNulByteInAFormFieldIsRefusedBesideTheFieldWithEverythingTypedKept() throws Exception {
        String html = mvc.perform(post("/resolutions").with(as.user("mythoi.vanphong")).with(csrf())
                        .param("organizationId", "" + ward()).param("kind", "ANNUAL").param("number", "77-NQ/ĐU")
                        .param("title", "Nghị quyết\u0000 về chuyển đổi số").param("issuedOn", "2025-03-01")
                        .param("startYear", "2025").param("endYear", "2025")
                        .param("generalGoal", "Mục tiêu chung đã gõ dài"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("[data-testid=error-title]").text()).startsWith(CONTROL);
        assertThat(page.selectFirst("input[name=number]").val()).isEqualTo("77-NQ/ĐU");
        assertThat(page.selectFirst("input[name=startYear]").val()).isEqualTo("2025");
        assertThat(page.selectFirst("[name=generalGoal]").val()).isEqualTo("Mục tiêu chung đã gõ dài");
        assertThat(jdbc.sql("SELECT count(*) FROM resolution WHERE number = '77-NQ/ĐU'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aNulByteInASearchTellsWhatIsWrong() throws Exception {
        mvc.perform(get("/api/v1/members").param("q", "a\u0000b").with(as.user("mythoi.vanphong")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_REQUEST"))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(CONTROL)));
    }

    @Test
    void aNulByteInJsonIsRefusedWithTheFieldsPath() throws Exception {
        mvc.perform(post("/api/v1/resolutions").with(as.user("mythoi.vanphong")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + ward() + ",\"resolution\":{\"kind\":\"ANNUAL\",\"title\":\"a\\u0000b\","
                                + "\"startYear\":2025,\"endYear\":2025,\"items\":[{\"kind\":\"KEY_PROGRAM\",\"text\":\"x\\u0001\"}]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("resolution.items[0].text"))
                .andExpect(jsonPath("$.errors[1].field").value("resolution.title"))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.startsWith(CONTROL)));
    }

    @Test
    void aMissingNestedObjectIsA400NamingItNotANullPointer() throws Exception {
        for (String[] c : new String[][] {{"/api/v1/resolutions", "{\"organizationId\":" + ward() + "}", "resolution"},
                {"/api/v1/resolutions/1/targets", "{}", "target"}, {"/api/v1/programs/1/tasks", "{}", "task"}}) {
            mvc.perform(post(c[0]).with(as.user("mythoi.vanphong")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(c[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value(c[2]))
                    .andExpect(jsonPath("$.errors[0].message").value("Vui lòng nhập thông tin này."));
        }
    }

    @Test
    void aNumberTooLargeForItsColumnIsRefusedWithTheField() throws Exception {
        mvc.perform(post("/api/v1/periods/1/targets/1/results").with(as.user("mythoi.vanphong")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":99999999999999999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value("Số quá lớn (tối đa 16 chữ số phần nguyên)."));
    }

    @Test
    void anEvidenceUploadWithoutItsFilePartIsA400NamingThePart() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/results/1/evidence")
                        .with(as.user("mythoi.vanphong")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("files"));
    }
}
