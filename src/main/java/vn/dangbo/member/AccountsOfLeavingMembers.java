package vn.dangbo.member;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.shared.security.SystemActor;

/**
 * A member who leaves the roll for good (transferred out of the system, removed, expelled, deceased) loses the
 * member account tied to their record: it is disabled, its sessions and API tokens end, and the trail says why,
 * with the system as the actor. Runs after the status change committed, in its own transaction
 * ({@link ApplicationModuleListener}); the publication is kept in {@code event_publication} until it succeeded,
 * so a crash in between is made good on the next start. Running it twice changes nothing (an account already
 * disabled is left alone), which is what several instances republishing the same publication need.
 */
@Component
class AccountsOfLeavingMembers {

    private final AccountManagement accounts;

    AccountsOfLeavingMembers(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(MemberStatusChanged changed) {
        if (changed.left()) {
            SystemActor.run(() -> accounts.disableMemberAccounts(changed.memberId(), reason(changed.to())));
        }
    }

    static String reason(MemberStatus status) {
        return switch (status) {
            case TRANSFERRED_OUT -> "đảng viên đã chuyển sinh hoạt đi";
            case REMOVED -> "đảng viên bị xóa tên";
            case EXPELLED -> "đảng viên bị khai trừ";
            case DECEASED -> "đảng viên từ trần";
            default -> "đảng viên không còn trong danh sách";
        };
    }
}
