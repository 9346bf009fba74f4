package org.campfair.shared.security;

import java.util.List;
import org.campfair.shared.RefusedChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's staff: organizers of every camp, who alone may make another organizer
 * staff or take it back. There is always at least one staff organizer once the first one is
 * set up, so somebody can still let organizers in.
 */
@Service
public class StaffOrganizers {

    /** No username is longer (AccountService's rule), so a longer one is refused before any query. */
    private static final int MAX_USERNAME = 40;

    private final JdbcClient jdbc;
    private final CampAccess access;

    StaffOrganizers(JdbcClient jdbc, CampAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** An organizer account, whether it is staff, and how many camps it organizes by a grant. */
    public record Organizer(String username, boolean staff, int grantedCamps) {
    }

    /** Every enabled organizer account, staff first. */
    @Transactional(readOnly = true)
    public List<Organizer> list() {
        access.requireStaff();
        return jdbc.sql("""
                select u.username, u.all_camps, (select count(*) from camp_organizer g where g.user_id = u.id)
                from app_user u where u.role = 'ORGANIZER' and u.enabled
                order by u.all_camps desc, lower(u.username)""")
                .query((rs, row) -> new Organizer(rs.getString(1), rs.getBoolean(2), rs.getInt(3)))
                .list();
    }

    /**
     * Makes an existing organizer staff: they organize every camp from now on.
     *
     * @throws RefusedChangeException when there is no organizer account of that name
     */
    @Transactional
    public void makeStaff(String username) {
        access.requireStaff();
        if (username.strip().length() > MAX_USERNAME) {
            throw new RefusedChangeException("staff.noSuchOrganizer", username.strip().substring(0, MAX_USERNAME) + "…");
        }
        int made = jdbc.sql("update app_user set all_camps = true where username = ? and role = 'ORGANIZER' and enabled")
                .param(username.strip()).update();
        if (made == 0) {
            throw new RefusedChangeException("staff.noSuchOrganizer", username.strip());
        }
    }

    /**
     * Takes staff away: the account keeps only the camps it holds a grant for. Never the last
     * staff organizer.
     *
     * @throws RefusedChangeException for the last staff organizer or an unknown one
     */
    @Transactional
    public void removeStaff(String username) {
        access.requireStaff();
        // The same lock as deleting an organizer account: two staff cannot take each other's away at once.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('campfair.organizers'))").query(Object.class).single();
        boolean staff = jdbc.sql("select exists (select 1 from app_user where username = ? and all_camps and enabled)")
                .param(username).query(Boolean.class).single();
        if (!staff) {
            throw new RefusedChangeException("staff.notStaff", username);
        }
        int staffCount = jdbc.sql("select count(*) from app_user where role = 'ORGANIZER' and all_camps and enabled")
                .query(Integer.class).single();
        if (staffCount <= 1) {
            throw new RefusedChangeException("staff.lastOne", username);
        }
        jdbc.sql("update app_user set all_camps = false where username = ?").param(username).update();
    }

    /** Whether the signed-in account is staff, for showing the page in the menu. */
    public boolean signedInIsStaff() {
        try {
            access.requireStaff();
            return true;
        } catch (AccessDeniedException notStaff) {
            return false;
        }
    }
}
