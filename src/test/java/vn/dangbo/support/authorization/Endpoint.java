package vn.dangbo.support.authorization;

import java.util.function.Function;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.dangbo.shared.security.Permission;

/**
 * One row of the authorization matrix: the mapping (method and pattern as Spring maps it; a suffix such as
 * {@code ?org} tells two rows of one mapping apart), the permission it needs ({@code null}: any signed-in account),
 * what it acts on, and the request that drives it. Write requests carry invalid input so that an allowed request
 * stops at validation and changes nothing. A row that changes or deletes its fixture (discarding an import,
 * revoking the token it is sent with) is {@link #last}: it runs after every other row.
 */
public record Endpoint(String method, String pattern, Permission permission, Target target,
        Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request, boolean runsLast) {

    public Endpoint(String method, String pattern, Permission permission, Target target,
            Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request) {
        this(method, pattern, permission, target, request, false);
    }

    /** A row that consumes its fixture: driven after all the others. */
    public static Endpoint last(String method, String pattern, Permission permission, Target target,
            Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request) {
        return new Endpoint(method, pattern, permission, target, request, true);
    }

    /** An API endpoint: driven with a bearer token as well as with a session. */
    public boolean isApi() {
        return pattern.startsWith("/api/");
    }
}
