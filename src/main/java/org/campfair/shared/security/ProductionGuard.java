package org.campfair.shared.security;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.EnvironmentAware;
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
        var open = Arrays.stream(DemoAccounts.USERNAMES)
                .filter(username -> accounts.hasPassword(username, DemoAccounts.PASSWORD)).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start: demo account(s) " + open
                    + " still use the demo password; change or disable them");
        }
    }

    /** Runs before any bean exists, so a misconfigured production start fails at once and plainly. */
    @Component
    @Profile("production")
    static class DemoAccountsSwitch implements BeanFactoryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            refuseDemoAccounts(environment);
        }

        static void refuseDemoAccounts(Environment environment) {
            if (environment.getProperty(DemoAccounts.ENABLED, Boolean.class, true)) {
                throw new IllegalStateException("The production profile refuses to start with demo accounts: set "
                        + DemoAccounts.ENABLED + "=false");
            }
        }
    }
}
