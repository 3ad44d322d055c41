package vn.dangbo.support.authorization;

import java.util.List;

/**
 * A module's rows of the authorization matrix, declared beside its tests (for example
 * {@code vn.dangbo.member.MemberAuthorizationRows}). {@code AuthorizationMatrixTest} finds every implementation on
 * the test class path under {@code vn.dangbo}, drives each row for every role inside and outside its scope, and
 * fails on any endpoint that no module declared. An implementation needs a public no-argument constructor.
 */
public interface AuthorizationRows {

    List<Endpoint> rows();
}
