package org.campfair.shared.security;

/**
 * What the demo accounts of the default profile are: the switch that creates them, their
 * names and their published password. Known here so that the production profile can refuse
 * them ({@link ProductionGuard}); importing creates them with the sample camp.
 */
public final class DemoCredentials {

    public static final String ENABLED = "campfair.demo-accounts.enabled";
    public static final String PASSWORD = "demo";
    public static final String ORGANIZER = "organizer";
    public static final String HOST = "host";
    public static final String PARTICIPANT = "participant";

    static final String[] USERNAMES = {ORGANIZER, HOST, PARTICIPANT};

    private DemoCredentials() {
    }
}
