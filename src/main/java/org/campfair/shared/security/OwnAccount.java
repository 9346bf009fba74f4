package org.campfair.shared.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import org.campfair.shared.RefusedChangeException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every signed-in person can do with their own account besides changing the password:
 * see where they are signed in and sign sessions out, download everything Campfair holds
 * about them, and delete the account. Always the signed-in account: nothing here takes a
 * username, so nobody reaches someone else's.
 */
@Service
public class OwnAccount {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final SignedInSessions sessions;
    private final ApiTokenService tokens;
    private final List<PersonalDataSource> sources;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    OwnAccount(JdbcClient jdbc, AccountService accounts, SignedInSessions sessions, ApiTokenService tokens,
            List<PersonalDataSource> sources, ApplicationEventPublisher events, TransactionTemplate transaction,
            JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.sources = sources;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** The signed-in account's browser sessions on this instance; {@code currentSessionId} marks the caller's. */
    public List<SignedInSessions.Session> sessions(@Nullable String currentSessionId) {
        return sessions.of(signedIn(), currentSessionId);
    }

    /** Signs out one of the signed-in account's own sessions; false if it is not theirs or already gone. */
    public boolean signOut(String sessionHandle) {
        return sessions.signOut(signedIn(), sessionHandle);
    }

    /** Signs out every other session of the signed-in account; returns how many. */
    public int signOutOthers(@Nullable String currentSessionId) {
        return sessions.signOutAll(signedIn(), currentSessionId);
    }

    private record Account(long id, String username, Role role, String language, boolean staff,
            @Nullable Long participantId) {
    }

    /**
     * Everything Campfair holds about the signed-in person, as pretty-printed JSON: the account,
     * its API tokens (never their secrets), and for a participant each feature's part.
     */
    public byte[] export() {
        var account = account(signedIn());
        var data = new LinkedHashMap<String, Object>();
        data.put("exportedAt", clock.instant().toString());
        var accountPart = new LinkedHashMap<String, Object>();
        accountPart.put("username", account.username());
        accountPart.put("role", account.role().name());
        accountPart.put("language", account.language());
        accountPart.put("staff", account.staff());
        accountPart.put("apiTokens", tokens.mine());
        data.put("account", accountPart);
        if (account.participantId() != null) {
            for (var source : sources) {
                data.put(source.section(), source.about(account.participantId()));
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Deletes the signed-in account after checking its password, then signs out all its other
     * sessions (the caller signs out the one it runs in, {@code currentSessionId}, its own way). A participant's personal data goes once their camps are over (their features
     * hear {@link AccountDeleted} in the same transaction). Refused for the last staff organizer
     * (nobody could let organizers in again) and for an organizer who is the only one of a camp.
     *
     * @throws InvitationException on field "current" for a wrong password
     * @throws RefusedChangeException when deleting would leave a camp or the installation without organizer
     */
    public void delete(String currentPassword, @Nullable String currentSessionId) {
        String username = signedIn();
        transaction.executeWithoutResult(status -> {
            accounts.requirePassword(username, currentPassword);
            // One organizer deletion at a time, so two co-organizers cannot both leave a camp empty.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('campfair.organizers'))").query(Object.class).single();
            var account = account(username);
            if (account.role() == Role.ORGANIZER) {
                refuseIfLastOrganizer(account);
            }
            events.publishEvent(new AccountDeleted(account.role(), account.participantId()));
            jdbc.sql("delete from app_user where id = ?").param(account.id()).update();
        });
        sessions.signOutAll(username, currentSessionId);
    }

    private void refuseIfLastOrganizer(Account account) {
        boolean otherStaff = jdbc.sql("""
                select exists (select 1 from app_user where all_camps and enabled and role = 'ORGANIZER' and id <> ?)""")
                .param(account.id()).query(Boolean.class).single();
        if (account.staff() && !otherStaff) {
            throw new RefusedChangeException("account.delete.lastStaff");
        }
        if (otherStaff) {
            return;
        }
        List<String> orphaned = jdbc.sql("""
                select c.name from camp c join camp_organizer g on g.camp_id = c.id and g.user_id = ?
                where not exists (select 1 from camp_organizer o join app_user u on u.id = o.user_id
                                  where o.camp_id = c.id and o.user_id <> ? and u.enabled)
                order by c.name""")
                .params(account.id(), account.id()).query(String.class).list();
        if (!orphaned.isEmpty()) {
            throw new RefusedChangeException("account.delete.lastOrganizer", String.join(", ", orphaned));
        }
    }

    private Account account(String username) {
        return jdbc.sql("select id, username, role, language, all_camps, participant_id from app_user where username = ?")
                .param(username)
                .query((rs, row) -> new Account(rs.getLong("id"), rs.getString("username"),
                        Role.valueOf(rs.getString("role")), rs.getString("language"), rs.getBoolean("all_camps"),
                        rs.getObject("participant_id", Long.class)))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("no such account"));
    }

    private static String signedIn() {
        return SignedInPerson.require("sign in first").getName();
    }
}
