package org.campfair.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time invitation links. An organizer of the camp invites a participant or a host
 * village; the link carries a 256-bit random token of which only a SHA-256 hash is stored.
 * The invitee picks a username and password, and the new account is linked to the
 * participant or village. A link works once, only until it expires, and only until a newer
 * link for the same participant or village replaces it; every failure to open one looks the
 * same, so a link reveals nothing about other links. A participant who already has an
 * account never gets a second one from a link.
 */
@Service
public class InvitationService {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final CampAccess access;
    private final Clock clock;
    private final Duration validFor;
    private final SecureRandom random = new SecureRandom();

    InvitationService(JdbcClient jdbc, AccountService accounts, CampAccess access, Clock clock,
            @Value("${campfair.invitations.valid-for:14d}") Duration validFor) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** A host village a camp's organizer may invite a host for. */
    public record Village(long id, String name) {
    }

    @Transactional(readOnly = true)
    public List<Village> villagesOf(long campId) {
        access.requireOrganizer(campId);
        return jdbc.sql("""
                select v.id, v.name from host_village v join camp_host_village c on c.village_id = v.id
                where c.camp_id = ? order by v.name""")
                .param(campId).query((rs, row) -> new Village(rs.getLong("id"), rs.getString("name"))).list();
    }

    /** A new link token for a participant of the camp; shown once to the organizer, never stored. */
    @Transactional
    public String inviteParticipant(long campId, long participantId) {
        access.requireOrganizer(campId);
        boolean inCamp = jdbc.sql("select exists (select 1 from participant where id = ? and camp_id = ?)")
                .params(participantId, campId).query(Boolean.class).single();
        if (!inCamp) {
            throw new IllegalArgumentException("participant " + participantId + " is not in camp " + campId);
        }
        return store(campId, Role.PARTICIPANT, participantId, null);
    }

    /** A new link token for a host of one of the camp's villages. */
    @Transactional
    public String inviteHost(long campId, long villageId) {
        access.requireOrganizer(campId);
        boolean inCamp = jdbc.sql("select exists (select 1 from camp_host_village where camp_id = ? and village_id = ?)")
                .params(campId, villageId).query(Boolean.class).single();
        if (!inCamp) {
            throw new IllegalArgumentException("village " + villageId + " does not host camp " + campId);
        }
        // A host sees every camp the village hosts: only the village's owners may let one in.
        access.requireVillageOwner(villageId);
        return store(campId, Role.HOST, null, villageId);
    }

    /**
     * A new link token for a co-organizer of the camp: whoever uses it gets an organizer account
     * that organizes this camp (and no other, until its organizers let it in).
     */
    @Transactional
    public String inviteOrganizer(long campId) {
        access.requireOrganizer(campId);
        return store(campId, Role.ORGANIZER, null, null);
    }

    private String store(long campId, Role role, @Nullable Long participantId, @Nullable Long villageId) {
        jdbc.sql("""
                update invitation set cancelled_at = ?
                where used_at is null and cancelled_at is null and role = ?
                    and (participant_id = ? or village_id = ?)""")
                .params(java.sql.Timestamp.from(clock.instant()), role.name(), participantId, villageId).update();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                insert into invitation (camp_id, role, participant_id, village_id, token_hash, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(campId, role.name(), participantId, villageId, hash(token),
                        java.sql.Timestamp.from(clock.instant().plus(validFor)))
                .update();
        return token;
    }

    /** The invitation behind a token while it can still be used; empty for unknown, used or expired links. */
    @Transactional(readOnly = true)
    public Optional<Invitation> open(String token) {
        return jdbc.sql("""
                select i.camp_id, i.role, coalesce(p.nickname, v.name, c.name) as links_to, i.expires_at
                from invitation i join camp c on c.id = i.camp_id left join participant p on p.id = i.participant_id
                left join host_village v on v.id = i.village_id
                where i.token_hash = ? and i.used_at is null and i.cancelled_at is null and i.expires_at > ?""")
                .params(hash(token), java.sql.Timestamp.from(clock.instant()))
                .query((rs, row) -> new Invitation(rs.getLong("camp_id"), Role.valueOf(rs.getString("role")),
                        rs.getString("links_to"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /**
     * Creates the invitee's account, linked to their participant or village, and uses the
     * link up. The row lock makes two simultaneous uses of one link create one account.
     */
    @Transactional
    public void accept(String token, String username, String password) {
        record Open(long id, long campId, String role, @Nullable Long participantId, @Nullable Long villageId) {
        }
        var invitation = jdbc.sql("""
                select id, camp_id, role, participant_id, village_id from invitation
                where token_hash = ? and used_at is null and cancelled_at is null and expires_at > ? for update""")
                .params(hash(token), java.sql.Timestamp.from(clock.instant()))
                .query((rs, row) -> new Open(rs.getLong("id"), rs.getLong("camp_id"), rs.getString("role"),
                        (Long) rs.getObject("participant_id"), (Long) rs.getObject("village_id")))
                .optional()
                .orElseThrow(() -> new InvitationException("", "login.join.invalidLink"));
        if (invitation.participantId() != null && hasAccount(invitation.participantId())) {
            throw new InvitationException("", "login.join.alreadyHasAccount");
        }
        accounts.checkNewAccount(username, password);
        var role = Role.valueOf(invitation.role());
        accounts.create(username, password, role, invitation.participantId(), invitation.villageId());
        if (role == Role.ORGANIZER) {
            access.grantByInvitation(invitation.campId(), username);
        }
        jdbc.sql("update invitation set used_at = ? where id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), invitation.id()).update();
    }

    /**
     * Whether the participant has an account already. Locks the participant's row first, so
     * two links for one participant used at the same moment still make one account.
     */
    private boolean hasAccount(long participantId) {
        jdbc.sql("select id from participant where id = ? for update").param(participantId).query(Long.class).list();
        return jdbc.sql("select exists (select 1 from app_user where participant_id = ?)").param(participantId)
                .query(Boolean.class).single();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
