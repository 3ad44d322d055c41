package vn.dangbo.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.SystemActor;

/**
 * {@code --create-admin --username=NAME [--name="Họ tên"]} with the password in DANGBO_ADMIN_PASSWORD (or
 * {@code --password=...}): creates a system administrator on a production install, then exits.
 */
@Component
@Order(1)
class CreateAdministratorCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CreateAdministratorCommand.class);

    private final AccountManagement accounts;
    private final ConfigurableApplicationContext context;

    CreateAdministratorCommand(AccountManagement accounts, ConfigurableApplicationContext context) {
        this.accounts = accounts;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("create-admin")) {
            return;
        }
        String username = first(args, "username");
        String password = first(args, "password");
        if (password == null) {
            password = System.getenv("DANGBO_ADMIN_PASSWORD");
        }
        String name = first(args, "name");
        int code = 0;
        try {
            String pw = password;
            SystemActor.run(() -> accounts.createAdministrator(username, name, pw));
            log.info("Đã tạo tài khoản quản trị {}", username);
        } catch (DomainException e) {
            log.error("Không tạo được tài khoản quản trị: {}", e.messageKey());
            code = 2;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static String first(ApplicationArguments args, String name) {
        return args.containsOption(name) && !args.getOptionValues(name).isEmpty() ? args.getOptionValues(name).get(0) : null;
    }
}
