package vn.dangbo.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that answers "may the signed-in person do this, here?". Every page and API call asks it:
 * a permission of the role and, for anything that belongs to an organization, that the organization lies
 * within the account's scope. A refusal is an {@link AccessDeniedException}, shown as the Vietnamese 403
 * page or an RFC 9457 problem; a record outside the scope is refused with an {@link OutsideScopeException}, shown
 * exactly like an unknown id (404) so that ids outside the scope cannot be enumerated.
 */
@Component
public class AccessGuard {

    private static final String SCOPE_PATH_ATTRIBUTE = AccessGuard.class.getName() + ".scopePath";
    /** The path that covers every organization. */
    public static final String EVERYTHING = "/";
    /** A path no organization has. */
    private static final String NOWHERE = "/none/";

    private final OrganizationPaths organizationPaths;

    public AccessGuard(OrganizationPaths organizationPaths) {
        this.organizationPaths = organizationPaths;
    }

    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUserPrincipal p) {
            return Optional.of(p.currentUser());
        }
        return Optional.empty();
    }

    public CurrentUser current() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** Requires the permission, whatever the organization. */
    public CurrentUser require(Permission permission) {
        CurrentUser user = current();
        if (!user.can(permission)) {
            throw new AccessDeniedException("missing permission " + permission);
        }
        return user;
    }

    /** Requires the permission on something that belongs to the organization with this path. */
    public CurrentUser require(Permission permission, String organizationPath) {
        CurrentUser user = require(permission);
        if (!within(organizationPath)) {
            throw new OutsideScopeException("outside scope");
        }
        return user;
    }

    /** Requires the permission on the organization with this id. */
    public CurrentUser requireOnOrganization(Permission permission, long organizationId) {
        String path = organizationPaths.pathOf(organizationId)
                .orElseThrow(() -> new OutsideScopeException("unknown organization"));
        return require(permission, path);
    }

    public boolean can(Permission permission) {
        return currentUser().map(u -> u.can(permission)).orElse(false);
    }

    public boolean canOnOrganization(Permission permission, long organizationId) {
        if (!can(permission)) {
            return false;
        }
        return organizationPaths.pathOf(organizationId).map(this::within).orElse(false);
    }

    /** Whether an organization path lies within the signed-in account's scope. */
    public boolean within(String organizationPath) {
        return organizationPath != null && organizationPath.startsWith(scopePath());
    }

    /**
     * Whether an organization path is within the account's scope or above it: a cell secretary reads the
     * resolutions and dashboards of the ward the cell belongs to, but only writes within the cell.
     */
    public boolean related(String organizationPath) {
        if (organizationPath == null) {
            return false;
        }
        String scope = scopePath();
        return organizationPath.startsWith(scope) || scope.startsWith(organizationPath);
    }

    /** Requires the permission on something of an organization within the scope or above it (reading). */
    public CurrentUser requireRelated(Permission permission, String organizationPath) {
        CurrentUser user = require(permission);
        if (!related(organizationPath)) {
            throw new OutsideScopeException("outside scope");
        }
        return user;
    }

    /** The paths of the organizations above the account's scope (to list what they issued). */
    public java.util.List<String> ancestorPaths() {
        String scope = scopePath();
        java.util.List<String> paths = new java.util.ArrayList<>();
        int i = scope.indexOf('/', 1);
        while (i > 0 && i < scope.length() - 1) {
            paths.add(scope.substring(0, i + 1));
            i = scope.indexOf('/', i + 1);
        }
        return paths;
    }

    // keyed by account too: code that acts as several accounts in one request (tests, the system actor) must
    // not see another account's scope
    private static String scopePathAttribute(CurrentUser user) {
        return SCOPE_PATH_ATTRIBUTE + "." + user.accountId() + "." + user.scopeOrganizationId();
    }

    /**
     * Hands the guard the scope path read together with the account's state at the start of the request (the
     * identity module reads the account once per request anyway), so that {@link #scopePath()} needs no second
     * round trip. {@code path} null: the scope organization is gone, and the account sees nothing.
     */
    public static void rememberScopePath(jakarta.servlet.ServletRequest request, CurrentUser user, String path) {
        if (user.scopeOrganizationId() != null) {
            request.setAttribute(scopePathAttribute(user), path == null ? NOWHERE : path);
        }
    }

    /**
     * The path of the account's scope ("/" for the whole system). Looked up once per request so that a move
     * of the scope organization takes effect at once, also on other application instances.
     */
    public String scopePath() {
        CurrentUser user = current();
        if (user.scopeOrganizationId() == null) {
            return EVERYTHING;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String attribute = scopePathAttribute(user);
        if (request != null) {
            Object cached = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
            if (cached instanceof String path) {
                return path;
            }
        }
        // An account whose scope organization vanished sees nothing: a path no organization has.
        String path = organizationPaths.pathOf(user.scopeOrganizationId()).orElse(NOWHERE);
        if (request != null) {
            request.setAttribute(attribute, path, RequestAttributes.SCOPE_REQUEST);
        }
        return path;
    }
}
