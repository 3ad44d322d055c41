package vn.dangbo.member;

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

/** The member module's rows of the authorization matrix ({@code AuthorizationMatrixTest}): every endpoint it maps. */
public class MemberAuthorizationRows implements AuthorizationRows {

    @Override
    public List<Endpoint> rows() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "/members", Permission.MEMBER_VIEW, Target.NONE, ids -> get("/members")));
        e.add(new Endpoint("GET", "/members?org", Permission.MEMBER_VIEW, Target.ORGANIZATION,
                ids -> get("/members").param("org", "" + ids.org())));
        e.add(new Endpoint("GET", "/members/{id}", Permission.MEMBER_VIEW, Target.MEMBER, ids -> get("/members/" + ids.member())));
        e.add(new Endpoint("GET", "/members/new", Permission.MEMBER_MANAGE, Target.NONE, ids -> get("/members/new")));
        e.add(new Endpoint("POST", "/members", Permission.MEMBER_MANAGE, Target.ORGANIZATION,
                ids -> post("/members").param("organizationId", "" + ids.org()).param("fullName", "")));
        e.add(new Endpoint("GET", "/members/{id}/edit", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> get("/members/" + ids.member() + "/edit")));
        e.add(new Endpoint("POST", "/members/{id}", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/members/" + ids.member()).param("fullName", "")));
        e.add(new Endpoint("GET", "/members/{id}/status", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> get("/members/" + ids.member() + "/status")));
        e.add(new Endpoint("POST", "/members/{id}/status", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/members/" + ids.member() + "/status")));
        e.add(new Endpoint("GET", "/members/{id}/transfer", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> get("/members/" + ids.member() + "/transfer")));
        e.add(new Endpoint("POST", "/members/{id}/transfer", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/members/" + ids.member() + "/transfer").param("kind", "OFFICIAL")));
        e.add(new Endpoint("GET", "/me", Permission.SELF_VIEW, Target.SELF, ids -> get("/me")));
        // showing the full citizen ID: those who maintain the record, and the member (see expected())
        e.add(new Endpoint("POST", "/members/{id}/citizen-id", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/members/" + ids.member() + "/citizen-id")));
        e.add(new Endpoint("POST", "/api/v1/members/{id}/citizen-id", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> post("/api/v1/members/" + ids.member() + "/citizen-id")));
        e.add(new Endpoint("GET", "/api/v1/members", Permission.MEMBER_VIEW, Target.NONE, ids -> get("/api/v1/members")));
        e.add(new Endpoint("GET", "/api/v1/members?organizationId", Permission.MEMBER_VIEW, Target.ORGANIZATION,
                ids -> get("/api/v1/members").param("organizationId", "" + ids.org())));
        e.add(new Endpoint("GET", "/api/v1/members/{id}", Permission.MEMBER_VIEW, Target.MEMBER,
                ids -> get("/api/v1/members/" + ids.member())));
        e.add(new Endpoint("GET", "/api/v1/members/{id}/status", Permission.MEMBER_VIEW, Target.MEMBER,
                ids -> get("/api/v1/members/" + ids.member() + "/status").param("asOf", "2025-01-01")));
        e.add(new Endpoint("POST", "/api/v1/members", Permission.MEMBER_MANAGE, Target.ORGANIZATION,
                ids -> json(post("/api/v1/members"), "{\"organizationId\":" + ids.org() + ",\"fullName\":\"\"}")));
        e.add(new Endpoint("PUT", "/api/v1/members/{id}", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> json(put("/api/v1/members/" + ids.member()), "{\"fullName\":\"\"}")));
        e.add(new Endpoint("POST", "/api/v1/members/{id}/status", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> json(post("/api/v1/members/" + ids.member() + "/status"), "{}")));
        e.add(new Endpoint("POST", "/api/v1/members/{id}/transfers", Permission.MEMBER_MANAGE, Target.MEMBER,
                ids -> json(post("/api/v1/members/" + ids.member() + "/transfers"), "{\"kind\":\"OFFICIAL\"}")));
        // member import and export
        e.add(new Endpoint("GET", "/members/export.xlsx", Permission.MEMBER_EXPORT, Target.NONE, ids -> get("/members/export.xlsx")));
        e.add(new Endpoint("GET", "/members/import", Permission.MEMBER_IMPORT, Target.NONE, ids -> get("/members/import")));
        e.add(new Endpoint("GET", "/members/import/template.xlsx", Permission.MEMBER_IMPORT, Target.NONE,
                ids -> get("/members/import/template.xlsx")));
        e.add(new Endpoint("POST", "/members/import", Permission.MEMBER_IMPORT, Target.NONE, ids -> post("/members/import")));
        e.add(new Endpoint("GET", "/members/import/{id}", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> get("/members/import/" + ids.importId())));
        e.add(new Endpoint("GET", "/members/import/{id}/progress", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> get("/members/import/" + ids.importId() + "/progress")));
        e.add(new Endpoint("POST", "/members/import/{id}/mapping", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/mapping")));
        e.add(new Endpoint("POST", "/members/import/{id}/remap", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/remap")));
        e.add(new Endpoint("POST", "/members/import/{id}/confirm", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/confirm")));
        e.add(new Endpoint("POST", "/members/import/{id}/retry", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/retry")));
        // run last: discarding deletes the import for its owner
        e.add(Endpoint.last("POST", "/members/import/{id}/discard", Permission.MEMBER_IMPORT, Target.IMPORT,
                ids -> post("/members/import/" + ids.importId() + "/discard")));
        return e;
    }
}
