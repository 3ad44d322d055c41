package vn.dangbo.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Acting as a demo account (see README): {@code mvc.perform(get(...).with(as.user("mythoi.vanphong")))} for
 * MockMvc, {@code as.call("mythoi.vanphong", () -> facade.doSomething())} for facades.
 */
@Component
public class As {

    private final UserDetailsService users;

    public As(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor user(String username) {
        return authentication(token(username));
    }

    private UsernamePasswordAuthenticationToken token(String username) {
        UserDetails details = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    public <T> T call(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token(username));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
