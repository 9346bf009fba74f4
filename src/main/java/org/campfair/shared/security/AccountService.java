package org.campfair.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in accounts, stored with a modern password hash (bcrypt by default, upgradable), and
 * what each account is linked to: one participant, or one host village.
 */
@Service
public class AccountService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt reads at most 72 bytes of a password; Spring refuses longer ones outright. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    AccountService(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from app_user where username = ?")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("role"))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                // The same exception for every failure: Spring turns it into "bad credentials".
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }

    /**
     * The rules for a new account's username and password, wherever it is made (an invitation,
     * the first organizer's set-up).
     *
     * @throws InvitationException naming the field and the message key of the first rule broken
     */
    public void checkNewAccount(String username, String rawPassword) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvitationException("username", "login.join.usernameFormat");
        }
        checkPassword(username, rawPassword);
        if (exists(username)) {
            throw new InvitationException("username", "login.join.usernameTaken");
        }
    }

    /**
     * Changes the signed-in account's own password, which must be given first. The new one
     * follows the same rules as a new account's.
     *
     * @throws InvitationException naming the field ("current" or "password") and the message key
     * @throws org.springframework.security.access.AccessDeniedException when nobody is signed in
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = SignedInPerson.require("sign in to change a password").getName();
        requirePassword(username, currentPassword);
        checkPassword(username, newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvitationException("password", "account.password.same");
        }
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(passwords.encode(newPassword), username).update();
    }

    /**
     * Refuses a change to one's own account unless its current password is given.
     *
     * @throws InvitationException on field "current"
     */
    void requirePassword(String username, String currentPassword) {
        // bcrypt refuses to read more than 72 bytes; no stored password is longer.
        if (currentPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                || !hasPassword(username, currentPassword)) {
            throw new InvitationException("current", "account.password.wrongCurrent");
        }
    }

    private static void checkPassword(String username, String rawPassword) {
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvitationException("password", "login.join.passwordTooShort");
        }
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvitationException("password", "login.join.passwordTooLong");
        }
        if (rawPassword.equalsIgnoreCase(username)) {
            throw new InvitationException("password", "login.join.passwordIsUsername");
        }
    }

    /** Whether any organizer can sign in: until one can, a new installation offers its set-up link. */
    public boolean anyOrganizer() {
        return jdbc.sql("select exists (select 1 from app_user where role = 'ORGANIZER' and enabled)")
                .query(Boolean.class).single();
    }

    public boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(?))").param(username)
                .query(Boolean.class).single();
    }

    @Transactional
    public void create(String username, String rawPassword, Role role, @Nullable Long participantId,
            @Nullable Long villageId) {
        jdbc.sql("""
                insert into app_user (username, password_hash, role, participant_id, village_id)
                values (?, ?, ?, ?, ?)""")
                .params(username, passwords.encode(rawPassword), role.name(), participantId, villageId)
                .update();
    }

    /** An organizer of every camp: the association's own staff. */
    @Transactional
    public void createStaffOrganizer(String username, String rawPassword) {
        create(username, rawPassword, Role.ORGANIZER, null, null);
        jdbc.sql("update app_user set all_camps = true where username = ?").param(username).update();
    }

    /** Whether this account signs in with exactly this password (a full hash check). */
    public boolean hasPassword(String username, String rawPassword) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).optional()
                .map(hash -> passwords.matches(rawPassword, hash))
                .orElse(false);
    }

    /**
     * The participant the signed-in account is linked to. An account without one has no "me":
     * {@link NotFoundException}, which the API answers 404, the same as an unknown participant.
     */
    public long signedInParticipant(Principal principal) {
        return participantOf(principal.getName()).orElseThrow(() -> new NotFoundException("Participant", 0));
    }

    public Optional<Long> participantOf(String username) {
        return jdbc.sql("select participant_id from app_user where username = ? and participant_id is not null")
                .param(username).query(Long.class).optional();
    }

    /**
     * The host village an account hosts: the one place that answers "which village is this
     * host's", so a later link (e.g. several villages per host) changes only this method.
     */
    public Optional<Long> villageOf(String username) {
        return jdbc.sql("select village_id from app_user where username = ? and village_id is not null")
                .param(username).query(Long.class).optional();
    }

    /** The language the account's pages are shown in: a participant's own language, else the account's. */
    public Optional<Locale> languageOf(String username) {
        return jdbc.sql("""
                select coalesce(p.language, u.language) from app_user u
                left join participant p on p.id = u.participant_id where u.username = ?""")
                .param(username).query(String.class).optional().map(Translations::language);
    }

    /** Remembers the chosen language for the account, and on the participant's row (mail and calendars use it). */
    @Transactional
    public void changeLanguage(String username, Locale language) {
        String tag = Translations.language(language.toLanguageTag()).getLanguage();
        jdbc.sql("update app_user set language = ? where username = ?").params(tag, username).update();
        jdbc.sql("""
                update participant set language = ?, version = version + 1
                where id = (select participant_id from app_user where username = ?) and language <> ?""")
                .params(tag, username, tag).update();
    }
}
