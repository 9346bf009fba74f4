package org.campfair.shared.security;

import java.util.List;
import java.util.Optional;
import org.campfair.shared.RefusedChangeException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which camps and villages a signed-in person may see and change. An organizer account
 * organizes the camps it holds a grant for, or every camp when it is one of the association's
 * own staff ({@code app_user.all_camps}, e.g. the demo organizer), and owns the host villages
 * it created or that a camp it organizes hosts ({@code village_organizer}). The API checks
 * this for every /api/camps/{campId} request, the UI for every page with a campId, and every
 * public service method that reads or changes a camp's data calls one of the
 * {@code require...} methods first, so a page or endpoint that forgets still cannot leak.
 *
 * <p>Work the app starts itself (start-up seeding, solver jobs, event listeners, scheduled
 * mail) runs on threads without any sign-in and is let through; every web request carries
 * an authentication (anonymous at least), so a visitor is never taken for the app itself.
 */
@Component
public class CampAccess {

    private static final String ORGANIZER_AUTHORITY = "ROLE_" + Role.ORGANIZER_NAME;

    private final JdbcClient jdbc;

    CampAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean mayOrganize(@Nullable Authentication authentication, @Nullable String campId) {
        if (authentication == null || !authentication.isAuthenticated() || campId == null
                || !campId.matches("\\d{1,18}")) {
            return false;
        }
        return isOrganizer(authentication) && organizes(authentication.getName(), Long.parseLong(campId));
    }

    public boolean organizes(String username, long campId) {
        return jdbc.sql("""
                select exists (select 1 from app_user u where u.username = ? and u.role = 'ORGANIZER' and u.enabled
                    and (u.all_camps or exists (select 1 from camp_organizer g where g.user_id = u.id and g.camp_id = ?)))""")
                .params(username, campId).query(Boolean.class).single();
    }

    /** The ids of the camps this organizer may see, for filtering lists. */
    public List<Long> campsOf(String username) {
        return jdbc.sql("""
                select c.id from camp c join app_user u on u.username = ? and u.role = 'ORGANIZER' and u.enabled
                where u.all_camps or exists (select 1 from camp_organizer g where g.user_id = u.id and g.camp_id = c.id)
                order by c.id""")
                .param(username).query(Long.class).list();
    }

    /**
     * Lets an organizer account organize one more camp, and own the villages the camp hosts.
     * Only an organizer of the camp (or the app's own work) may let someone in.
     */
    @Transactional
    public void grant(long campId, String username) {
        requireOrganizer(campId);
        insertGrant(campId, username);
    }

    private void insertGrant(long campId, String username) {
        jdbc.sql("""
                insert into camp_organizer (camp_id, user_id)
                select ?, id from app_user where username = ? and role = 'ORGANIZER'
                on conflict do nothing""")
                .params(campId, username).update();
    }

    /** Someone who organizes a camp: by a grant for it, or as staff (every camp). */
    public record CampOrganizer(String username, boolean staff) {
    }

    /** Who may organize the camp, granted organizers first, then staff, each by name. */
    @Transactional(readOnly = true)
    public List<CampOrganizer> organizersOf(long campId) {
        requireOrganizer(campId);
        return jdbc.sql("""
                select u.username, u.all_camps from app_user u
                where u.role = 'ORGANIZER' and u.enabled
                  and (u.all_camps or exists (select 1 from camp_organizer g where g.user_id = u.id and g.camp_id = ?))
                order by u.all_camps, u.username""")
                .param(campId).query((rs, row) -> new CampOrganizer(rs.getString(1), rs.getBoolean(2))).list();
    }

    /**
     * Lets an existing organizer account organize the camp too.
     *
     * @throws RefusedChangeException when there is no organizer account of that name
     */
    @Transactional
    public void addCoOrganizer(long campId, String username) {
        requireOrganizer(campId);
        boolean organizer = jdbc.sql("select exists (select 1 from app_user where username = ? and role = 'ORGANIZER')")
                .param(username).query(Boolean.class).single();
        if (!organizer) {
            throw new RefusedChangeException("camp.organizers.noSuchOrganizer", username);
        }
        insertGrant(campId, username);
    }

    /**
     * Takes the camp away from a co-organizer. The last one stays (someone must be able to
     * change the camp and let others in), and staff organize every camp by their role.
     *
     * @throws RefusedChangeException naming why the organizer stays
     */
    @Transactional
    public void removeCoOrganizer(long campId, String username) {
        requireOrganizer(campId);
        // Two removals at once must not leave the camp with nobody: one waits for the other.
        jdbc.sql("select id from camp where id = ? for update").param(campId).query(Long.class).optional();
        boolean staff = jdbc.sql("select coalesce((select all_camps from app_user where username = ?), false)")
                .param(username).query(Boolean.class).single();
        if (staff) {
            throw new RefusedChangeException("camp.organizers.staff", username);
        }
        int granted = jdbc.sql("select count(*) from camp_organizer where camp_id = ?").param(campId)
                .query(Integer.class).single();
        boolean holds = jdbc.sql("""
                select exists (select 1 from camp_organizer g join app_user u on u.id = g.user_id
                               where g.camp_id = ? and u.username = ?)""")
                .params(campId, username).query(Boolean.class).single();
        if (!holds) {
            throw new RefusedChangeException("camp.organizers.notOrganizer", username);
        }
        if (granted <= 1) {
            throw new RefusedChangeException("camp.organizers.lastOne", username);
        }
        jdbc.sql("delete from camp_organizer where camp_id = ? and user_id = (select id from app_user where username = ?)")
                .params(campId, username).update();
    }

    /** An invitation link that was made by an organizer of the camp lets its new account in. */
    void grantByInvitation(long campId, String username) {
        insertGrant(campId, username);
    }

    /**
     * Gives a camp that the signed-in organizer just created or imported to that organizer,
     * so it appears in their list at once. Work the app starts itself has nobody to grant.
     */
    @Transactional
    public void grantToSignedInOrganizer(long campId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && isOrganizer(authentication)) {
            insertGrant(campId, authentication.getName());
        }
    }

    /** The camps the signed-in organizer organizes; nothing for anyone else. */
    public List<Long> campsOfSignedInOrganizer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || !isOrganizer(authentication)) {
            return List.of();
        }
        return campsOf(authentication.getName());
    }

    /**
     * Refuses a signed-in person who does not organize the camp. Work the app starts itself
     * (start-up, imports in tests, scheduled jobs) runs without any authentication and is let
     * through.
     */
    public void requireOrganizer(long campId) {
        var authentication = signedIn();
        if (authentication == null) {
            return;
        }
        if (!isOrganizer(authentication) || !organizes(authentication.getName(), campId)) {
            throw new AccessDeniedException("not an organizer of this camp");
        }
    }

    /**
     * Refuses anyone who does not belong to the camp: its organizers, the hosts of a village it
     * hosts and its participants may read what the camp is (name, dates, zone).
     */
    public void requireMember(long campId) {
        var authentication = signedIn();
        if (authentication == null) {
            return;
        }
        boolean member = jdbc.sql("""
                select exists (select 1 from app_user u where u.username = ? and u.enabled and (
                    (u.role = 'PARTICIPANT' and exists (select 1 from participant p where p.id = u.participant_id
                        and p.camp_id = ?))
                    or (u.role = 'HOST' and exists (select 1 from camp_host_village h where h.village_id = u.village_id
                        and h.camp_id = ?))))""")
                .params(authentication.getName(), campId, campId).query(Boolean.class).single();
        if (!member) {
            requireOrganizer(campId);
        }
    }

    /** Refuses a signed-in person who is not an organizer (e.g. before creating a camp). */
    public void requireAnyOrganizer() {
        var authentication = signedIn();
        if (authentication != null && !isOrganizer(authentication)) {
            throw new AccessDeniedException("not an organizer");
        }
    }

    /** Refuses everyone but the association's staff and the app's own work: what spans every camp. */
    public void requireStaff() {
        var authentication = signedIn();
        if (authentication != null && !(isOrganizer(authentication) && villageOwnerScope().isEmpty())) {
            throw new AccessDeniedException("not staff");
        }
    }

    /** Refuses a signed-in person who does not organize the participant's camp. */
    public void requireOrganizerOfParticipant(long participantId) {
        if (signedIn() != null) {
            requireOrganizer(campOfParticipant(participantId));
        }
    }

    /**
     * Refuses anyone but the participant's own account and the organizers of their camp: what a
     * participant reads and sends about themselves.
     */
    public void requireParticipantOrOrganizer(long participantId) {
        var authentication = signedIn();
        if (authentication == null) {
            return;
        }
        boolean self = jdbc.sql("""
                select exists (select 1 from app_user where username = ? and enabled and role = 'PARTICIPANT'
                    and participant_id = ?)""")
                .params(authentication.getName(), participantId).query(Boolean.class).single();
        if (!self) {
            requireOrganizer(campOfParticipant(participantId));
        }
    }

    /**
     * Refuses anyone but the participant's own account, organizers included: a change only the
     * participant may make for themselves, such as taking or giving a seat (an organizer has the
     * roster's hand edits). Work the app starts itself, with nobody signed in, is let through.
     * {@code what} completes "only the participant themselves …" in the refusal.
     */
    public void requireParticipantThemselves(long participantId, String what) {
        requireParticipantOrOrganizer(participantId);
        var authentication = signedIn();
        if (authentication == null) {
            return;
        }
        boolean self = jdbc.sql("select exists (select 1 from app_user where username = ? and participant_id = ?)")
                .params(authentication.getName(), participantId).query(Boolean.class).single();
        if (!self) {
            throw new AccessDeniedException("only the participant themselves " + what);
        }
    }

    /**
     * Refuses anyone but the village's own hosts and the organizers who own it: what a host
     * reads and changes about their village.
     */
    public void requireHostOrOwner(long villageId) {
        var authentication = signedIn();
        if (authentication == null) {
            return;
        }
        if (!hosts(authentication.getName(), villageId)) {
            requireVillageOwner(villageId);
        }
    }

    /**
     * Refuses anyone but the hosts of the village and the organizers of the camp, and everyone
     * when the village does not host the camp: a village's work in one camp.
     */
    public void requireHostOrOrganizer(long campId, long villageId) {
        var authentication = signedIn();
        if (authentication == null) {
            return;
        }
        boolean hosted = jdbc.sql("""
                select exists (select 1 from camp_host_village where camp_id = ? and village_id = ?)""")
                .params(campId, villageId).query(Boolean.class).single();
        if (!hosted) {
            throw new AccessDeniedException("the village does not host this camp");
        }
        if (!hosts(authentication.getName(), villageId)) {
            requireOrganizer(campId);
        }
    }

    private boolean hosts(String username, long villageId) {
        return jdbc.sql("""
                select exists (select 1 from app_user where username = ? and enabled and role = 'HOST'
                    and village_id = ?)""")
                .params(username, villageId).query(Boolean.class).single();
    }

    /** Refuses a signed-in person who does not own the village (staff own every village). */
    public void requireVillageOwner(long villageId) {
        var authentication = signedIn();
        if (authentication == null) {
            return;
        }
        if (!isOrganizer(authentication) || !ownsVillage(authentication.getName(), villageId)) {
            throw new AccessDeniedException("not an owner of this village");
        }
    }

    public boolean ownsVillage(String username, long villageId) {
        return jdbc.sql("""
                select exists (select 1 from app_user u where u.username = ? and u.role = 'ORGANIZER' and u.enabled
                    and (u.all_camps or exists (select 1 from village_organizer o where o.user_id = u.id
                        and o.village_id = ?)))""")
                .params(username, villageId).query(Boolean.class).single();
    }

    /**
     * Whose villages a camp may be linked to by name, for the signed-in person: empty when any
     * village will do (the app's own work, staff), else the organizer's username, whose own
     * villages alone are matched. Another organizer's village of the same name is never found.
     */
    public Optional<String> villageOwnerScope() {
        var authentication = signedIn();
        if (authentication == null) {
            return Optional.empty();
        }
        boolean staff = jdbc.sql("""
                select exists (select 1 from app_user where username = ? and role = 'ORGANIZER' and enabled
                    and all_camps)""")
                .param(authentication.getName()).query(Boolean.class).single();
        return staff && isOrganizer(authentication) ? Optional.empty() : Optional.of(authentication.getName());
    }

    /** An unknown participant is refused like another camp's, so ids reveal nothing. */
    private long campOfParticipant(long participantId) {
        return jdbc.sql("select camp_id from participant where id = ?").param(participantId).query(Long.class)
                .optional().orElseThrow(() -> new AccessDeniedException("not an organizer of this camp"));
    }

    /**
     * The signed-in person, or null for work the app starts itself (no authentication at all).
     * An authentication that is present but not (or no longer) authenticated is refused rather
     * than taken for the app.
     */
    private static @Nullable Authentication signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !authentication.isAuthenticated()) {
            throw new AccessDeniedException("not signed in");
        }
        return authentication;
    }

    private static boolean isOrganizer(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> ORGANIZER_AUTHORITY.equals(a.getAuthority()));
    }
}
