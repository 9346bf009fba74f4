package org.campfair.shared.security;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stops a production start that would let anyone in with a published password: demo accounts
 * switched on, or a demo account still signing in with "demo" (e.g. a database copied from a
 * demo). The property is checked while the context starts, the database before any other
 * start-up work.
 */
@Component
@Profile("production")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductionGuard implements ApplicationRunner {

    private final AccountService accounts;

    ProductionGuard(AccountService accounts, @Value("${" + DemoAccounts.ENABLED + ":true}") boolean demoAccounts) {
        if (demoAccounts) {
            throw new IllegalStateException("The production profile refuses to start with demo accounts: set "
                    + DemoAccounts.ENABLED + "=false");
        }
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        refuseDemoPasswords();
    }

    void refuseDemoPasswords() {
        var open = Arrays.stream(DemoAccounts.USERNAMES)
                .filter(username -> accounts.hasPassword(username, DemoAccounts.PASSWORD)).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start: demo account(s) " + open
                    + " still use the demo password; change or disable them");
        }
    }
}
