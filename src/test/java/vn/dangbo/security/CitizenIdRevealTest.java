package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.shared.text.CitizenIds;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;

/**
 * The full citizen ID number is shown only by an explicit action ("Hiện số định danh" on the member page, a POST in
 * the API) of those who maintain the record, and each showing is in the audit trail; everywhere else it is masked.
 */
@DangboTest
class CitizenIdRevealTest {

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired JdbcClient jdbc;

    long member;
    String citizenId;

    @BeforeEach
    void aMythoiMemberWithACitizenId() {
        member = jdbc.sql("""
                SELECT m.id FROM member m JOIN party_organization o ON o.id = m.organization_id
                WHERE o.place_name = 'Mỹ Thới' AND m.citizen_id IS NOT NULL ORDER BY m.id LIMIT 1""")
                .query(Long.class).single();
        citizenId = jdbc.sql("SELECT citizen_id FROM member WHERE id = ?").param(member).query(String.class).single();
    }

    @Test
    void theMemberPageShowsTheNumberMaskedAndTheOfficeRevealsItWithAnAuditedAction() throws Exception {
        String page = body(mvc.perform(get("/members/" + member).with(as.user("mythoi.vanphong"))));
        assertThat(page).doesNotContain(citizenId).contains(CitizenIds.mask(citizenId), "Hiện số định danh");
        long before = reveals();
        String revealed = body(mvc.perform(post("/members/" + member + "/citizen-id").with(as.user("mythoi.vanphong"))
                .with(csrf()).header("HX-Request", "true")));
        assertThat(revealed).contains(citizenId);
        assertThat(reveals()).isEqualTo(before + 1);
        // opening the page again shows it masked again
        assertThat(body(mvc.perform(get("/members/" + member).with(as.user("mythoi.vanphong")))))
                .doesNotContain(citizenId);
    }

    @Test
    void aWardLeaderSeesNoButtonAndCannotRevealTheNumber() throws Exception {
        String page = body(mvc.perform(get("/members/" + member).with(as.user("mythoi.lanhdao"))));
        assertThat(page).doesNotContain(citizenId, "Hiện số định danh");
        long before = reveals();
        int status = mvc.perform(post("/members/" + member + "/citizen-id").with(as.user("mythoi.lanhdao"))
                .with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(reveals()).isEqualTo(before);
    }

    @Test
    void theApiReturnsTheNumberMaskedAndInFullOnlyThroughTheAuditedCall() throws Exception {
        String record = body(mvc.perform(get("/api/v1/members/" + member).with(as.user("mythoi.vanphong"))));
        assertThat(record).doesNotContain(citizenId).contains(CitizenIds.mask(citizenId));
        long before = reveals();
        String revealed = body(mvc.perform(post("/api/v1/members/" + member + "/citizen-id")
                .with(as.user("mythoi.vanphong")).with(csrf())));
        assertThat(revealed).contains("\"citizenId\":\"" + citizenId + "\"");
        assertThat(reveals()).isEqualTo(before + 1);
        String who = jdbc.sql("""
                SELECT actor_username FROM audit_event WHERE action = 'VIEW' AND entity_id = ?
                  AND summary LIKE 'Hiện số định danh%' ORDER BY id DESC LIMIT 1""").param("" + member)
                .query(String.class).single();
        assertThat(who).isEqualTo("mythoi.vanphong");
    }

    private long reveals() {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'VIEW' AND entity_id = ?
                  AND summary LIKE 'Hiện số định danh%'""").param("" + member).query(Long.class).single();
    }

    private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
