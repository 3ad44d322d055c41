package vn.dangbo.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.support.authorization.AuthorizationRows;
import vn.dangbo.support.authorization.Endpoint;
import vn.dangbo.support.authorization.Target;

/** The audit module's rows of the authorization matrix ({@code AuthorizationMatrixTest}): every endpoint it maps. */
public class AuditAuthorizationRows implements AuthorizationRows {

    @Override
    public List<Endpoint> rows() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "/audit", Permission.AUDIT_VIEW, Target.NONE, ids -> get("/audit")));
        return e;
    }
}
