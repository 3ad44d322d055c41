package vn.dangbo.shared.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the system itself (demo data, command-line tasks), with a system-administrator identity so
 * that the same guarded, audited facades serve it; the trail shows the actor "hệ thống".
 */
public final class SystemActor {

    public static final String USERNAME = "hệ thống";

    private SystemActor() {}

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        CurrentUser system = new CurrentUser(0, USERNAME, USERNAME, Role.SYSTEM_ADMIN, null, null);
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new Principal(system), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.SYSTEM_ADMIN.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private record Principal(CurrentUser currentUser) implements CurrentUserPrincipal {
        @Override
        public String toString() {
            return currentUser.username();
        }
    }
}
