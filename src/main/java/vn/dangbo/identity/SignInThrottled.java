package vn.dangbo.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins from this client address (for any usernames): refused without looking at the password.
 * Says nothing about any account.
 */
public class SignInThrottled extends AuthenticationException {

    public SignInThrottled() {
        super("too many failed sign-ins from this address");
    }
}
