package vn.dangbo.config;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.support.authorization.AuthorizationRows;
import vn.dangbo.support.authorization.Endpoint;
import vn.dangbo.support.authorization.Target;

/** The config module's rows of the authorization matrix ({@code AuthorizationMatrixTest}): the home page. */
public class HomeAuthorizationRows implements AuthorizationRows {

    @Override
    public List<Endpoint> rows() {
        List<Endpoint> e = new ArrayList<>();
        // pages
        e.add(new Endpoint("GET", "/", null, Target.ANYONE, ids -> get("/")));
        return e;
    }
}
