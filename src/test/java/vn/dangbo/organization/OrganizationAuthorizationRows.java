package vn.dangbo.organization;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.dangbo.support.authorization.Requests.json;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.support.authorization.AuthorizationRows;
import vn.dangbo.support.authorization.Endpoint;
import vn.dangbo.support.authorization.Target;

/** The organization module's rows of the authorization matrix ({@code AuthorizationMatrixTest}): every endpoint it maps. */
public class OrganizationAuthorizationRows implements AuthorizationRows {

    @Override
    public List<Endpoint> rows() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "/organizations", Permission.ORGANIZATION_VIEW, Target.NONE, ids -> get("/organizations")));
        e.add(new Endpoint("GET", "/organizations/{id}", Permission.ORGANIZATION_VIEW, Target.ORGANIZATION,
                ids -> get("/organizations/" + ids.org())));
        e.add(new Endpoint("GET", "/organizations/new", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> get("/organizations/new").param("parentId", "" + ids.org())));
        e.add(new Endpoint("POST", "/organizations", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations").param("parentId", "" + ids.org()).param("name", "")));
        e.add(new Endpoint("GET", "/organizations/{id}/edit", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> get("/organizations/" + ids.org() + "/edit")));
        e.add(new Endpoint("POST", "/organizations/{id}", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org()).param("name", "")));
        e.add(new Endpoint("GET", "/organizations/{id}/move", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> get("/organizations/" + ids.org() + "/move")));
        e.add(new Endpoint("POST", "/organizations/{id}/move", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org() + "/move")));
        e.add(new Endpoint("GET", "/organizations/{id}/dissolve", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> get("/organizations/" + ids.org() + "/dissolve")));
        e.add(new Endpoint("POST", "/organizations/{id}/dissolve", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org() + "/dissolve")));
        e.add(new Endpoint("POST", "/organizations/{id}/terms", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org() + "/terms")));
        e.add(new Endpoint("POST", "/organizations/{id}/positions", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> post("/organizations/" + ids.org() + "/positions")));
        e.add(new Endpoint("POST", "/organizations/{id}/positions/{positionId}/end", Permission.ORGANIZATION_MANAGE,
                Target.POSITION, ids -> post("/organizations/" + ids.org() + "/positions/" + ids.position() + "/end")
                        .param("endsOn", "1900-01-01")));
        e.add(new Endpoint("GET", "/api/v1/organizations", Permission.ORGANIZATION_VIEW, Target.NONE,
                ids -> get("/api/v1/organizations")));
        e.add(new Endpoint("GET", "/api/v1/organizations/{id}", Permission.ORGANIZATION_VIEW, Target.ORGANIZATION,
                ids -> get("/api/v1/organizations/" + ids.org())));
        e.add(new Endpoint("POST", "/api/v1/organizations", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations"), "{\"parentId\":" + ids.org() + ",\"name\":\"\"}")));
        e.add(new Endpoint("PUT", "/api/v1/organizations/{id}", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(put("/api/v1/organizations/" + ids.org()), "{\"name\":\"\"}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/{id}/move", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations/" + ids.org() + "/move"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/{id}/dissolve", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations/" + ids.org() + "/dissolve"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/{id}/terms", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations/" + ids.org() + "/terms"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/{id}/positions", Permission.ORGANIZATION_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/organizations/" + ids.org() + "/positions"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/organizations/positions/{positionId}/end", Permission.ORGANIZATION_MANAGE,
                Target.POSITION, ids -> json(post("/api/v1/organizations/positions/" + ids.position() + "/end"),
                        "{\"endsOn\":\"1900-01-01\"}")));
        return e;
    }
}
