package vn.dangbo.member;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.organization.OrganizationMoved;

/** Keeps the members' copies of organization paths in step when a subtree moves (same transaction). */
@Component
class MemberPathsOnMove {

    private final MemberRepository members;

    MemberPathsOnMove(MemberRepository members) {
        this.members = members;
    }

    @EventListener
    void on(OrganizationMoved moved) {
        members.movePaths(moved.oldPath(), moved.newPath());
    }
}
