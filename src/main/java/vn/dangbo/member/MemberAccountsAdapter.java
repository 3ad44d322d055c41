package vn.dangbo.member;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.MemberAccounts;
import vn.dangbo.member.domain.Member;
import vn.dangbo.member.domain.MemberRepository;

/** Lets account management find the member a MEMBER-role account belongs to. */
@Component
@Transactional(readOnly = true)
class MemberAccountsAdapter implements MemberAccounts {

    private final MemberRepository members;

    MemberAccountsAdapter(MemberRepository members) {
        this.members = members;
    }

    @Override
    public Optional<LinkedMember> findByCardNumber(String cardNumber, String scopePath) {
        return members.findByCardNumber(cardNumber.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(m -> m.orgPath().startsWith(scopePath))
                .map(MemberAccountsAdapter::linked);
    }

    @Override
    public Optional<LinkedMember> findById(long memberId) {
        return members.findById(memberId).map(MemberAccountsAdapter::linked);
    }

    private static LinkedMember linked(Member m) {
        return new LinkedMember(m.id(), m.fullName(), m.cardNumber(), m.organizationId());
    }
}
