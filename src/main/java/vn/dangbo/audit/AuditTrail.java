package vn.dangbo.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dangbo.audit.domain.AuditEventRepository;
import vn.dangbo.audit.domain.NewAuditEvent;
import vn.dangbo.shared.PageResult;
import vn.dangbo.shared.Paging;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;

/**
 * Records events in the audit trail, inside the caller's transaction so that no change is kept without
 * its record. Callers pass states as maps of field to value, already masked where the value is sensitive
 * (citizen IDs); for an update only the fields that changed are kept.
 */
@Service
public class AuditTrail {

    /** The client address a job on another thread records, carried from the request that started it. */
    private static final ThreadLocal<String> CARRIED_ADDRESS = new ThreadLocal<>();

    private final AuditEventRepository events;
    private final AccessGuard guard;

    AuditTrail(AuditEventRepository events, AccessGuard guard) {
        this.events = events;
        this.guard = guard;
    }

    /** The trail page: events within the reader's scope matching the filters, newest first, 50 a page. */
    public PageResult<AuditEvent> search(AuditQuery query, int page) {
        guard.require(Permission.AUDIT_VIEW);
        return events.find(query, guard.scopePath(), new Paging(page, 50));
    }

    /** The entity types the trail holds, for the page's filter. */
    public List<String> entityTypes() {
        guard.require(Permission.AUDIT_VIEW);
        return events.entityTypes();
    }

    public void created(String entityType, Object entityId, String organizationPath, String summary,
            Map<String, ?> state) {
        record(AuditAction.CREATE, entityType, entityId, organizationPath, summary, null, state);
    }

    /** A record created in bulk, audited as {@link #created} would audit it alone. */
    public record Created(Object entityId, String organizationPath, String summary, Map<String, ?> state) {}

    /** Audits many created records at once, one event each, written set-based (one COPY). */
    public void createdAll(String entityType, java.util.List<Created> created) {
        CurrentUser user = guard.currentUser().orElse(null);
        Long account = user == null ? null : user.accountId();
        String username = user == null ? "(hệ thống)" : user.username();
        String address = clientAddress();
        java.util.List<NewAuditEvent> all = new java.util.ArrayList<>(created.size());
        for (Created c : created) {
            all.add(new NewAuditEvent(account, username, address, AuditAction.CREATE.name(), entityType,
                    c.entityId() == null ? null : String.valueOf(c.entityId()), c.organizationPath(), c.summary(),
                    null, c.state()));
        }
        events.insertAll(all);
    }

    public void updated(String entityType, Object entityId, String organizationPath, String summary,
            Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        for (String key : union(before, after)) {
            Object b = before == null ? null : before.get(key);
            Object a = after == null ? null : after.get(key);
            if (!Objects.equals(b, a)) {
                changedBefore.put(key, b);
                changedAfter.put(key, a);
            }
        }
        record(AuditAction.UPDATE, entityType, entityId, organizationPath, summary, changedBefore, changedAfter);
    }

    public void deleted(String entityType, Object entityId, String organizationPath, String summary,
            Map<String, ?> state) {
        record(AuditAction.DELETE, entityType, entityId, organizationPath, summary, state, null);
    }

    public void viewed(String entityType, Object entityId, String organizationPath, String summary) {
        record(AuditAction.VIEW, entityType, entityId, organizationPath, summary, null, null);
    }

    public void record(AuditAction action, String entityType, Object entityId, String organizationPath,
            String summary, Map<String, ?> before, Map<String, ?> after) {
        CurrentUser user = guard.currentUser().orElse(null);
        recordAs(user == null ? null : user.accountId(), user == null ? "(hệ thống)" : user.username(), action,
                entityType, entityId, organizationPath, summary, before, after);
    }

    /** For events before anyone is signed in (sign-in attempts) or done by the system. */
    public void recordAs(Long accountId, String username, AuditAction action, String entityType, Object entityId,
            String organizationPath, String summary, Map<String, ?> before, Map<String, ?> after) {
        events.insert(new NewAuditEvent(accountId, username, clientAddress(), action.name(), entityType,
                entityId == null ? null : String.valueOf(entityId), organizationPath, summary, before, after));
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        if (a != null) {
            keys.addAll(a.keySet());
        }
        if (b != null) {
            keys.addAll(b.keySet());
        }
        return keys;
    }

    /**
     * A job for another thread (a confirmed import written in the background) whose events keep the address of the
     * request that started it, as if they were recorded during that request.
     */
    public static Runnable carryingClientAddress(Runnable job) {
        String address = clientAddress();
        return () -> {
            CARRIED_ADDRESS.set(address);
            try {
                job.run();
            } finally {
                CARRIED_ADDRESS.remove();
            }
        };
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return CARRIED_ADDRESS.get();
    }
}
