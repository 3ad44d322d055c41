package vn.dangbo.backup;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.support.authorization.AuthorizationRows;
import vn.dangbo.support.authorization.Endpoint;
import vn.dangbo.support.authorization.Target;

/** The backup module's rows of the authorization matrix ({@code AuthorizationMatrixTest}): every endpoint it maps. */
public class BackupAuthorizationRows implements AuthorizationRows {

    @Override
    public List<Endpoint> rows() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "/backups", Permission.BACKUP_MANAGE, Target.NONE, ids -> get("/backups")));
        e.add(new Endpoint("POST", "/backups", Permission.BACKUP_MANAGE, Target.NONE, ids -> post("/backups")));
        e.add(new Endpoint("GET", "/backups/{name}", Permission.BACKUP_MANAGE, Target.NONE,
                ids -> get("/backups/dangbo-20250101-000000.zip")));
        return e;
    }
}
