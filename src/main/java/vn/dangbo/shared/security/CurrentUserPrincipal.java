package vn.dangbo.shared.security;

/** Implemented by the principal the identity module puts into the security context. */
public interface CurrentUserPrincipal {

    CurrentUser currentUser();
}
