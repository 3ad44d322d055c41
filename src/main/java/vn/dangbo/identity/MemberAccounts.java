package vn.dangbo.identity;

import java.util.Optional;

/** Port implemented by the member registry: finds the member a MEMBER-role account is for. */
public interface MemberAccounts {

    /** The member with this Party card number whose organization lies within the scope path. */
    Optional<LinkedMember> findByCardNumber(String cardNumber, String scopePath);

    Optional<LinkedMember> findById(long memberId);

    record LinkedMember(long memberId, String fullName, String cardNumber, long organizationId) {}
}
