package vn.dangbo.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.support.DangboTest;
import vn.dangbo.support.HttpSession;

/**
 * A field far over its limit, sent through the real server (Tomcat parses the form body, which MockMvc skips): a
 * 5 MB name still gets the Vietnamese field message beside the field, and what else was typed comes back in the form.
 */
@DangboTest
class OversizedFormTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void aFiveMegabyteNameGetsItsFieldMessageAndTheRestOfTheFormIsKept() throws Exception {
        long ward = jdbc.sql("SELECT id FROM party_organization WHERE name = 'Đảng bộ phường Mỹ Thới'")
                .query(Long.class).single();
        HttpSession office = new HttpSession(port).signIn("mythoi.vanphong", "dangbo@2025");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("parentId", "" + ward);
        form.put("kind", "CELL");
        form.put("cellType", "RESIDENTIAL");
        form.put("name", "Chi bộ ".repeat(5 * 1024 * 1024 / 7));
        form.put("placeName", "Khu phố Thử Nghiệm");
        form.put("notes", "Ghi chú đã gõ không được mất");
        HttpResponse<String> answer = office.postForm("/organizations/new?parentId=" + ward, "/organizations", form);
        assertThat(answer.statusCode()).isLessThan(500);
        assertThat(answer.body()).doesNotContain("Exception");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(answer.body());
        assertThat(page.select("#name-error").text()).contains("Tối đa 255 ký tự");
        assertThat(page.select("input[name=placeName]").val()).isEqualTo("Khu phố Thử Nghiệm");
        assertThat(page.select("textarea[name=notes]").text()).isEqualTo("Ghi chú đã gõ không được mất");
    }
}
