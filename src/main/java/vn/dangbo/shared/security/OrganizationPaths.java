package vn.dangbo.shared.security;

import java.util.Optional;

/**
 * Port to the organization tree: the materialised path ("/1/5/23/") of an organization. Implemented by the
 * organization module; the access guard uses it to decide whether a record lies within an account's scope.
 */
public interface OrganizationPaths {

    Optional<String> pathOf(long organizationId);
}
