package org.campfair.shared.security;

import java.util.Arrays;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops a production start that would let anyone in with a published password: demo accounts
 * switched on (checked before any bean is made), or a demo account that still signs in with
 * "demo", e.g. in a database copied from a demo (checked before any other start-up work).
 */
@Component
@Profile("production")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductionGuard implements ApplicationRunner {

    private final AccountService accounts;

    ProductionGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        refuseDemoPasswords();
    }

    void refuseDemoPasswords() {
        var open = Arrays.stream(DemoCredentials.USERNAMES)
                .filter(username -> accounts.hasPassword(username, DemoCredentials.PASSWORD)).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start: demo account(s) " + open
                    + " still use the demo password; change or disable them");
        }
    }

    /**
     * Runs as soon as the settings are read, before any bean exists, so a production start
     * with demo accounts switched on fails at once and plainly (registered in
     * META-INF/spring.factories).
     */
    static class DemoAccountsSwitch implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            var environment = event.getEnvironment();
            if (Arrays.asList(environment.getActiveProfiles()).contains("production")) {
                refuseDemoAccounts(environment);
            }
        }

        static void refuseDemoAccounts(Environment environment) {
            if (environment.getProperty(DemoCredentials.ENABLED, Boolean.class, true)) {
                throw new IllegalStateException("The production profile refuses to start with demo accounts: set "
                        + DemoCredentials.ENABLED + "=false");
            }
        }
    }
}
