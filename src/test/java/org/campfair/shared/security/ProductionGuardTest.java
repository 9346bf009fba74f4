package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.campfair.CampfairApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.PropertiesPropertySource;
import java.util.Properties;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile refuses to start with demo accounts, switched on or left in the database. */
@CampfairIntegrationTest
class ProductionGuardTest {

    @Autowired
    AccountService accounts;

    @Test
    void productionRefusesToStartWithDemoAccountsSwitchedOn() {
        var app = new SpringApplicationBuilder(CampfairApplication.class)
                .profiles("production")
                .web(WebApplicationType.NONE)
                .properties("campfair.embedded-db.data-dir=", "campfair.data-dir=target/test-data");
        // As an operator would switch them on: on the command line, over the production settings.
        assertThatThrownBy(() -> app.run("--campfair.demo-accounts.enabled=true").close())
                .hasStackTraceContaining("refuses to start with demo accounts");
    }

    @Test
    void productionRefusesADatabaseWhereDemoAccountsStillSignInWithDemo() {
        // This test database has the demo accounts of the default profile.
        var guard = new ProductionGuard(accounts);
        assertThatThrownBy(guard::refuseDemoPasswords).hasMessageContaining("still use the demo password")
                .hasMessageContaining("organizer");
    }

    @Test
    void theProductionSettingsSwitchDemoAccountsOff() throws Exception {
        var settings = new Properties();
        try (var in = new ClassPathResource("application-production.properties").getInputStream()) {
            settings.load(in);
        }
        var production = new StandardEnvironment();
        production.getPropertySources().addFirst(new PropertiesPropertySource("production", settings));
        assertThatNoException().isThrownBy(() -> ProductionGuard.DemoAccountsSwitch.refuseDemoAccounts(production));
        assertThatThrownBy(() -> ProductionGuard.DemoAccountsSwitch.refuseDemoAccounts(new StandardEnvironment()))
                .as("left unset, demo accounts are on").hasMessageContaining("refuses to start");
    }
}
