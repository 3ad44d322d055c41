package vn.dangbo.resolution;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangbo.organization.OrganizationMoved;
import vn.dangbo.resolution.domain.ResolutionRepository;

/** Keeps this module's copies of organization paths in step when a subtree moves (same transaction). */
@Component
class ResolutionPathsOnMove {

    private final ResolutionRepository resolutions;

    ResolutionPathsOnMove(ResolutionRepository resolutions) {
        this.resolutions = resolutions;
    }

    @EventListener
    void on(OrganizationMoved moved) {
        resolutions.movePaths(moved.oldPath(), moved.newPath());
    }
}
