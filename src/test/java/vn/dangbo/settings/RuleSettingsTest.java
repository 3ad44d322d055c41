package vn.dangbo.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.settings.RuleSetting;
import vn.dangbo.shared.settings.RuleSettings;
import vn.dangbo.shared.settings.SettingValue;
import vn.dangbo.support.As;
import vn.dangbo.support.DangboTest;
import vn.dangbo.support.MutableClock;

/**
 * RULES.md: a rule marked configurable is a setting with its default and its regulation, changed with history, and
 * a record keeps the version it was made under. Values here take effect in the 2090s so that no other test, which
 * reads the rules of today, is affected.
 */
@DangboTest
class RuleSettingsTest {

    @Autowired MockMvc mvc;
    @Autowired As as;
    @Autowired RuleSettingsService service;
    @Autowired RuleSettings settings;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private String pathOf(String name) {
        return jdbc.sql("SELECT path FROM party_organization WHERE name = ?").param(name).query(String.class).single();
    }

    @Test
    void rules_section_5_approval_within_15_working_days_is_the_default_citing_qd_24_until_the_administrator_changes_it()
            throws Exception {
        String ward = pathOf("Đảng bộ phường Mỹ Thới");
        SettingValue before = settings.valueOf(RuleSetting.ELECTION_APPROVAL_WORKING_DAYS, LocalDate.of(2090, 1, 1), ward);
        assertThat(before.asInt()).isEqualTo(15);
        assertThat(before.isDefault()).isTrue();
        assertThat(before.ruleVersion()).isEqualTo("election.approvalWorkingDays@default");
        assertThat(RuleSetting.ELECTION_APPROVAL_WORKING_DAYS.citation()).isEqualTo("regulation.qd24.2021");

        long id = as.call("admin", () -> service.change(RuleSetting.ELECTION_APPROVAL_WORKING_DAYS, "20",
                LocalDate.of(2090, 3, 1), "Hướng dẫn mới (thử)"));

        assertThat(settings.valueOf(RuleSetting.ELECTION_APPROVAL_WORKING_DAYS, LocalDate.of(2090, 2, 28), ward)
                .asInt()).as("before it takes effect").isEqualTo(15);
        SettingValue after = settings.valueOf(RuleSetting.ELECTION_APPROVAL_WORKING_DAYS, LocalDate.of(2090, 3, 1), ward);
        assertThat(after.asInt()).isEqualTo(20);
        assertThat(after.ruleVersion()).isEqualTo("election.approvalWorkingDays@" + id);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'RULE_SETTING' AND entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);

        String page = mvc.perform(get("/settings/election.approvalWorkingDays").with(as.user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Quy định 24-QĐ/TW năm 2021", "Hướng dẫn mới (thử)", "01/03/2090");
    }

    @Test
    void a_province_adjusts_a_rule_local_guidance_differs_on_for_its_wards_only_and_never_a_system_rule()
            throws Exception {
        String ward = pathOf("Đảng bộ phường Mỹ Thới");
        String province = ward.substring(0, ward.substring(0, ward.length() - 1).lastIndexOf('/') + 1);
        long id = as.call("tinh.vanphong", () -> service.change(RuleSetting.MEETING_THEMATIC_PER_QUARTER, "2",
                LocalDate.of(2091, 1, 1), "Hướng dẫn của Tỉnh ủy (thử)"));
        assertThat(settings.valueOf(RuleSetting.MEETING_THEMATIC_PER_QUARTER, LocalDate.of(2091, 6, 1), ward).versionId())
                .isEqualTo(id);
        assertThat(settings.valueOf(RuleSetting.MEETING_THEMATIC_PER_QUARTER, LocalDate.of(2091, 6, 1), "/999999/")
                .asInt()).as("outside the province").isEqualTo(1);
        assertThat(jdbc.sql("SELECT scope_path FROM settings_rule_value WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo(province);

        assertThatThrownBy(() -> as.run("tinh.vanphong", () -> service.change(RuleSetting.ELECTION_APPROVAL_WORKING_DAYS,
                "10", LocalDate.of(2091, 1, 1), "không được"))).isInstanceOf(AccessDeniedException.class);
        for (String user : new String[] {"mythoi.vanphong", "mythoi.kp1", "dangvien.anh"}) {
            mvc.perform(get("/settings").with(as.user(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void a_value_outside_the_rules_bounds_is_refused_beside_the_value_field_with_the_form_kept() throws Exception {
        String page = mvc.perform(post("/settings/admission.introducers").with(as.user("admin")).with(csrf())
                        .param("value", "99").param("effectiveFrom", "2092-01-01").param("reason", "thử giới hạn"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"error-value\"", "Nhập một số nguyên từ 1 đến 5.", "thử giới hạn");
        assertThatThrownBy(() -> as.run("admin", () -> service.change(RuleSetting.RATING_CAP_ROUNDING, "SIDEWAYS",
                LocalDate.of(2092, 1, 1), "x"))).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void the_administrators_extra_day_off_moves_a_working_day_deadline_and_taking_it_back_keeps_its_history()
            throws Exception {
        LocalDate monday = LocalDate.of(2093, 3, 2);
        assertThat(monday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(settings.workingDays(monday).plusWorkingDays(monday.minusDays(3), 1)).isEqualTo(monday);
        mvc.perform(post("/settings/calendar").with(as.user("admin")).with(csrf()).param("day", monday.toString())
                .param("dayOff", "true").param("reason", "Nghỉ thêm theo thông báo (thử)"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.workingDays(monday).isWorkingDay(monday)).isFalse();
        assertThat(settings.workingDays(monday).plusWorkingDays(monday.minusDays(3), 1)).isEqualTo(monday.plusDays(1));

        long id = jdbc.sql("SELECT id FROM settings_calendar_day WHERE day = ? AND removed_at IS NULL").param(monday)
                .query(Long.class).single();
        mvc.perform(post("/settings/calendar/" + id + "/remove").with(as.user("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.workingDays(monday).isWorkingDay(monday)).isTrue();
        String page = mvc.perform(get("/settings/calendar").param("year", "2093").with(as.user("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nghỉ thêm theo thông báo (thử)", "Đã bỏ: admin", "Tết Âm lịch");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'CALENDAR_DAY' AND entity_id = ? ORDER BY id")
                .param(Long.toString(id)).query(String.class).list()).containsExactly("CREATE", "DELETE");
        mvc.perform(get("/settings/calendar").with(as.user("tinh.vanphong"))).andExpect(status().isForbidden());
    }

    @Test
    void standing_on_a_past_and_a_future_date_the_page_shows_the_rule_in_force_on_that_day() throws Exception {
        as.call("admin", () -> service.change(RuleSetting.RATING_EXCELLENT_CAP_PERCENT, "25", LocalDate.of(2094, 1, 1),
                "Quy định mới (thử)"));
        clock.standOn(LocalDate.of(2093, 12, 31));
        assertThat(row("rating.excellentCapPercent")).contains(">20<").contains("Mặc định");
        clock.standOn(LocalDate.of(2094, 1, 2));
        assertThat(row("rating.excellentCapPercent")).contains(">25<").contains("01/01/2094");
        clock.standOn(LocalDate.of(2000, 6, 1));
        assertThat(row("rating.excellentCapPercent")).contains(">20<");
    }

    private String row(String key) throws Exception {
        String page = mvc.perform(get("/settings").with(as.user("admin"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        int start = page.indexOf("data-setting=\"" + key + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
