package vn.dangbo.shared.importing;

import java.time.OffsetDateTime;

/**
 * A module's staged imports, as the kernel's scheduled {@link ImportExpiry} sees them. A module with an import
 * (members, targets and results today; attendance sheets, fees, admissions, paper comments next) implements it on its
 * import store, as a Spring bean: the expiry then finds it without any other registration.
 */
public interface StagedImports {

    /**
     * Drops the staged rows of the imports untouched since {@code before} (personal data is not kept longer than
     * needed: the rows of an unconfirmed import, the bad rows kept for a result page) and marks the unconfirmed ones
     * expired. Each statement is conditional, so that two instances running it at once do no harm; runs still being
     * written are left alone.
     *
     * @return how many imports expired
     */
    int expire(OffsetDateTime before);
}
