package org.campfair.shared.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which camps an organizer may see and change. An organizer account organizes the camps it
 * holds a grant for, or every camp when it is one of the association's own staff
 * ({@code app_user.all_camps}, e.g. the demo organizer). The API checks this for every
 * /api/camps/{campId} request, the UI for every page with a campId, and organizer-only
 * services call {@link #requireOrganizer} for the signed-in person.
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

    /** Lets an organizer account organize one more camp (e.g. the one it just created). */
    @Transactional
    public void grant(long campId, String username) {
        jdbc.sql("""
                insert into camp_organizer (camp_id, user_id)
                select ?, id from app_user where username = ? and role = 'ORGANIZER'
                on conflict do nothing""")
                .params(campId, username).update();
    }

    /**
     * Gives a camp that the signed-in organizer just created or imported to that organizer,
     * so it appears in their list at once. Work the app starts itself has nobody to grant.
     */
    @Transactional
    public void grantToSignedInOrganizer(long campId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && isOrganizer(authentication)) {
            grant(campId, authentication.getName());
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
     * (start-up, imports in tests, scheduled jobs) runs without a sign-in and is let through.
     */
    public void requireOrganizer(long campId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return;
        }
        if (!isOrganizer(authentication) || !organizes(authentication.getName(), campId)) {
            throw new AccessDeniedException("not an organizer of this camp");
        }
    }

    private static boolean isOrganizer(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> ORGANIZER_AUTHORITY.equals(a.getAuthority()));
    }
}
