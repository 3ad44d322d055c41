package vn.dangbo.config.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.config.DatabaseConfiguration.EmbeddedDatabase;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.security.SystemActor;

/**
 * Loads the demo data on the first start of the embedded database (never on an installed PostgreSQL): the
 * three wards of the seed articles, their cells, fictional members with status histories, committees and
 * terms, one account per role, and whatever demo the other modules contribute ({@link DemoContribution}).
 * All in one transaction, through the same guarded and audited facades as the pages, as the system actor.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final OrganizationDirectory organizations;
    private final RegistryDemo registry;
    private final List<DemoContribution> contributions;
    private final TransactionTemplate tx;
    private final boolean enabled;

    DemoData(ObjectProvider<EmbeddedDatabase> embedded, OrganizationDirectory organizations, RegistryDemo registry,
            List<DemoContribution> contributions, TransactionTemplate tx, DemoSettings settings) {
        this.embedded = embedded;
        this.organizations = organizations;
        this.registry = registry;
        this.contributions = contributions;
        this.tx = tx;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || embedded.getIfAvailable() == null || args.containsOption("create-admin")
                || args.containsOption("generate-province")) {
            return;
        }
        if (organizations.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        SystemActor.run(() -> tx.executeWithoutResult(status -> {
            DemoWards wards = registry.load();
            for (DemoContribution c : contributions) {
                c.load(wards);
            }
        }));
        log.info("Đã nạp dữ liệu mẫu trong {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
