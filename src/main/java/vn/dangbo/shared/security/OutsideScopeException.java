package vn.dangbo.shared.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A record (or organization) that lies outside the account's scope, or does not exist: answered exactly like an
 * unknown id (404, the same page or problem body), so that nobody learns which ids exist outside their scope. Still a
 * refusal of access: audited as such.
 */
public class OutsideScopeException extends AccessDeniedException {

    public OutsideScopeException(String message) {
        super(message);
    }
}
