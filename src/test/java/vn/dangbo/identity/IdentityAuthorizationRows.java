package vn.dangbo.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.support.authorization.AuthorizationRows;
import vn.dangbo.support.authorization.Endpoint;
import vn.dangbo.support.authorization.Target;

/** The identity module's rows of the authorization matrix ({@code AuthorizationMatrixTest}): every endpoint it maps. */
public class IdentityAuthorizationRows implements AuthorizationRows {

    @Override
    public List<Endpoint> rows() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "/account/password", null, Target.ANYONE, ids -> get("/account/password")));
        e.add(new Endpoint("POST", "/account/password", null, Target.ANYONE,
                ids -> post("/account/password").param("currentPassword", "sai").param("newPassword", "x")
                        .param("confirmPassword", "x")));
        e.add(new Endpoint("GET", "/accounts", Permission.ACCOUNT_MANAGE, Target.NONE, ids -> get("/accounts")));
        e.add(new Endpoint("GET", "/accounts/new", Permission.ACCOUNT_MANAGE, Target.NONE, ids -> get("/accounts/new")));
        e.add(new Endpoint("POST", "/accounts", Permission.ACCOUNT_MANAGE, Target.ORGANIZATION,
                ids -> post("/accounts").param("username", "x").param("role", "CELL_SECRETARY")
                        .param("displayName", "Thử").param("scopeOrganizationId", "" + ids.org())));
        e.add(new Endpoint("GET", "/accounts/{id}", Permission.ACCOUNT_MANAGE, Target.ACCOUNT, ids -> get("/accounts/" + ids.account())));
        e.add(new Endpoint("POST", "/accounts/{id}", Permission.ACCOUNT_MANAGE, Target.ACCOUNT,
                ids -> post("/accounts/" + ids.account()).param("displayName", "")));
        e.add(new Endpoint("POST", "/accounts/{id}/password", Permission.ACCOUNT_MANAGE, Target.ACCOUNT,
                ids -> post("/accounts/" + ids.account() + "/password").param("newPassword", "ngan")));
        e.add(new Endpoint("POST", "/accounts/{id}/unlock", Permission.ACCOUNT_MANAGE, Target.ACCOUNT,
                ids -> post("/accounts/" + ids.account() + "/unlock")));
        // API
        e.add(Endpoint.last("DELETE", "/api/v1/auth/tokens/current", null, Target.ANYONE,
                ids -> delete("/api/v1/auth/tokens/current")));
        return e;
    }
}
