package vn.dangbo.config;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;

/** Puts the signed-in person and what they may do into every page's model, for menus and buttons. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class GlobalModelAdvice {

    private static final Map<String, Integer> LIMITS = FieldLimits.all();

    private final AccessGuard guard;

    GlobalModelAdvice(AccessGuard guard) {
        this.guard = guard;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return guard.currentUser().orElse(null);
    }

    /** {@code limits['NAME']} in templates: the maximum lengths the server accepts, for {@code maxlength}. */
    @ModelAttribute("limits")
    Map<String, Integer> limits() {
        return LIMITS;
    }

    /** {@code can['MEMBER_VIEW']} in templates. */
    @ModelAttribute("can")
    Map<String, Boolean> can() {
        Map<Permission, Boolean> byPermission = new EnumMap<>(Permission.class);
        CurrentUser user = guard.currentUser().orElse(null);
        for (Permission p : Permission.values()) {
            byPermission.put(p, user != null && user.can(p));
        }
        Map<String, Boolean> byName = new java.util.HashMap<>();
        byPermission.forEach((k, v) -> byName.put(k.name(), v));
        return byName;
    }
}
