package vn.dangbo.settings;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.support.authorization.AuthorizationRows;
import vn.dangbo.support.authorization.Endpoint;
import vn.dangbo.support.authorization.Target;

/** The settings module's rows of the authorization matrix ({@code AuthorizationMatrixTest}): every endpoint it maps. */
public class SettingsAuthorizationRows implements AuthorizationRows {

    @Override
    public List<Endpoint> rows() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "/settings", Permission.RULE_SETTINGS_MANAGE, Target.NONE, ids -> get("/settings")));
        e.add(new Endpoint("GET", "/settings/{key}", Permission.RULE_SETTINGS_MANAGE, Target.NONE,
                ids -> get("/settings/meeting.thematicPerQuarter")));
        e.add(new Endpoint("POST", "/settings/{key}", Permission.RULE_SETTINGS_MANAGE, Target.NONE,
                ids -> post("/settings/meeting.thematicPerQuarter").param("value", "")));
        e.add(new Endpoint("GET", "/settings/calendar", Permission.CALENDAR_MANAGE, Target.NONE,
                ids -> get("/settings/calendar")));
        e.add(new Endpoint("POST", "/settings/calendar", Permission.CALENDAR_MANAGE, Target.NONE,
                ids -> post("/settings/calendar").param("reason", "")));
        e.add(new Endpoint("POST", "/settings/calendar/{id}/remove", Permission.CALENDAR_MANAGE, Target.NONE,
                ids -> post("/settings/calendar/0/remove")));
        return e;
    }
}
