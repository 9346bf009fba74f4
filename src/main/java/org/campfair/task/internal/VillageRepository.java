package org.campfair.task.internal;

import static org.campfair.shared.StaleRecordException.requireChanged;

import java.util.List;
import java.util.Optional;
import org.campfair.shared.VersionedTable;
import org.campfair.task.HostVillage;
import org.campfair.task.Site;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Host villages (shared by the camps they host, owned by the organizers who created them or
 * organize one of those camps) and their sites.
 */
@Repository
public class VillageRepository {

    private static final VersionedTable SITES = new VersionedTable("site", "Site");
    private static final String SITE_COLUMNS = "s.id, s.village_id, s.name, s.address, s.latitude, s.longitude, s.version";

    private final JdbcClient jdbc;

    VillageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HostVillage> villagesOf(long campId) {
        return jdbc.sql("""
                select v.id, v.name, v.version from host_village v
                join camp_host_village c on c.village_id = v.id where c.camp_id = ? order by v.name""")
                .param(campId).query(HostVillage.class).list();
    }

    public Optional<HostVillage> village(long id) {
        return jdbc.sql("select id, name, version from host_village where id = ?").param(id)
                .query(HostVillage.class).optional();
    }

    /**
     * The village of this name that {@code owner} owns, or any village of the name when no
     * owner is given (staff and the app's own work); the oldest when there are several.
     */
    public Optional<HostVillage> villageNamed(String name, Optional<String> owner) {
        return jdbc.sql("""
                select v.id, v.name, v.version from host_village v where v.name = :name
                    and (cast(:owner as text) is null or exists (select 1 from village_organizer o
                        join app_user u on u.id = o.user_id where o.village_id = v.id and u.username = :owner))
                order by v.id limit 1""")
                .param("name", name).param("owner", owner.orElse(null))
                .query(HostVillage.class).optional();
    }

    /** Makes the organizer an owner of the village they just created, before any camp hosts it. */
    public void own(long villageId, String username) {
        jdbc.sql("""
                insert into village_organizer (village_id, user_id)
                select ?, id from app_user where username = ? and role = 'ORGANIZER' on conflict do nothing""")
                .params(villageId, username).update();
    }

    public long insertVillage(String name) {
        return jdbc.sql("insert into host_village (name) values (?) returning id").param(name).query(Long.class).single();
    }

    public void renameVillage(HostVillage village) {
        int rows = jdbc.sql("update host_village set name = ?, version = version + 1 where id = ? and version = ?")
                .params(village.name(), village.id(), village.version()).update();
        requireChanged(rows, "Village", village.id());
    }

    public boolean hosts(long campId, long villageId) {
        return jdbc.sql("select exists (select 1 from camp_host_village where camp_id = ? and village_id = ?)")
                .params(campId, villageId).query(Boolean.class).single();
    }

    public void link(long campId, long villageId) {
        jdbc.sql("insert into camp_host_village (camp_id, village_id) values (?, ?) on conflict do nothing")
                .params(campId, villageId).update();
    }

    public void unlink(long campId, long villageId) {
        jdbc.sql("delete from camp_host_village where camp_id = ? and village_id = ?").params(campId, villageId).update();
    }

    /** The camps a village hosts, newest first. */
    public List<Long> campsOf(long villageId) {
        return jdbc.sql("""
                select c.id from camp c join camp_host_village h on h.camp_id = c.id
                where h.village_id = ? order by c.starts_on desc, c.id desc""")
                .param(villageId).query(Long.class).list();
    }

    public List<Site> sitesOfCamp(long campId) {
        return jdbc.sql("select " + SITE_COLUMNS + " " + """
                 from site s join camp_host_village c on c.village_id = s.village_id
                where c.camp_id = ? order by s.name""").param(campId).query(Site.class).list();
    }

    public List<Site> sitesOfVillage(long villageId) {
        return jdbc.sql("select " + SITE_COLUMNS + " from site s where s.village_id = ? order by s.name")
                .param(villageId).query(Site.class).list();
    }

    public Optional<Site> site(long id) {
        return jdbc.sql("select " + SITE_COLUMNS + " from site s where s.id = ?").param(id).query(Site.class).optional();
    }

    public long insertSite(Site site) {
        return jdbc.sql("""
                insert into site (village_id, name, address, latitude, longitude) values (?, ?, ?, ?, ?)
                returning id""")
                .params(site.villageId(), site.name(), site.address(), site.latitude(), site.longitude())
                .query(Long.class).single();
    }

    public void updateSite(Site site) {
        int rows = jdbc.sql("""
                update site set village_id = ?, name = ?, address = ?, latitude = ?, longitude = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(site.villageId(), site.name(), site.address(), site.latitude(), site.longitude(), site.id(),
                        site.version())
                .update();
        requireChanged(rows, "Site", site.id());
    }

    public void deleteSite(Site site) {
        SITES.delete(jdbc, site.id(), site.version());
    }

    public boolean siteNameTaken(long villageId, String name, long exceptId) {
        return SITES.nameTaken(jdbc, "village_id", villageId, "name", name, exceptId);
    }

    /** How many tasks of any camp work at the site. */
    public int tasksAt(long siteId) {
        return jdbc.sql("select count(*) from task where site_id = ?").param(siteId).query(Integer.class).single();
    }

    /** How many of the camp's tasks work at one of the village's sites. */
    public int tasksInVillage(long campId, long villageId) {
        return jdbc.sql("""
                select count(*) from task t join site s on s.id = t.site_id
                where t.camp_id = ? and s.village_id = ?""").params(campId, villageId).query(Integer.class).single();
    }
}
