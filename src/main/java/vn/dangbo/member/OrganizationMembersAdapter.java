package vn.dangbo.member;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.member.domain.Member;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.organization.MemberCounts;
import vn.dangbo.organization.OrganizationMembers;
import java.time.LocalDate;

/** The registry's answers to the organization module (counts, names, choices); scope is checked by the caller. */
@Component
@Transactional(readOnly = true)
class OrganizationMembersAdapter implements OrganizationMembers {

    private final MemberRepository members;
    private final Clock clock;

    OrganizationMembersAdapter(MemberRepository members, Clock clock) {
        this.clock = clock;
        this.members = members;
    }

    @Override
    public Map<String, MemberCounts> countsByChild(String parentPath) {
        return members.countsByChild(parentPath, LocalDate.now(clock));
    }

    @Override
    public MemberCounts counts(String path, boolean subtree) {
        return members.counts(path, subtree, LocalDate.now(clock));
    }

    @Override
    public Map<Long, String> names(Collection<Long> memberIds) {
        return members.names(memberIds);
    }

    @Override
    public Optional<String> organizationPathOfMember(long memberId) {
        return members.findById(memberId).map(Member::orgPath);
    }

    @Override
    public List<MemberChoice> choices(String path, int limit) {
        return members.choices(path, limit).stream()
                .map(r -> new MemberChoice((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
    }
}
