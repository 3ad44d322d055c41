package vn.dangbo.audit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangbo.audit.AuditAction;
import vn.dangbo.audit.AuditQuery;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;

/** Administrators browse and filter the audit trail. */
@Controller
class AuditController {

    private final AuditTrail trail;
    private final AccessGuard guard;

    AuditController(AuditTrail trail, AccessGuard guard) {
        this.trail = trail;
        this.guard = guard;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text, @RequestParam(defaultValue = "0") int page, Model model) {
        guard.require(Permission.AUDIT_VIEW);
        AuditQuery q = new AuditQuery(actor, action, entityType, entityId, from, to, text);
        model.addAttribute("q", q);
        model.addAttribute("page", trail.search(q, page));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entityTypes", trail.entityTypes());
        model.addAttribute("query", UriComponentsBuilder.newInstance()
                .queryParamIfPresent("actor", java.util.Optional.ofNullable(actor).filter(s -> !s.isBlank()))
                .queryParamIfPresent("action", java.util.Optional.ofNullable(action).filter(s -> !s.isBlank()))
                .queryParamIfPresent("entityType", java.util.Optional.ofNullable(entityType).filter(s -> !s.isBlank()))
                .queryParamIfPresent("entityId", java.util.Optional.ofNullable(entityId).filter(s -> !s.isBlank()))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .queryParamIfPresent("text", java.util.Optional.ofNullable(text).filter(s -> !s.isBlank()))
                .build().encode().toUriString().replaceFirst("^\\?", ""));
        return "audit/list";
    }
}
