package org.campfair.calendar.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.FeedSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a feed is about, looked up in one query: its calendar name and the camp's time zone,
 * or nothing when the subject is gone or belongs to another camp (its feed then answers 404).
 */
@Component
public class FeedSubjects {

    /** The heading of a feed: its calendar name and the zone all its times are in. */
    public record Heading(String name, ZoneId zone) {
    }

    /** A host village or house that has a feed of its own. */
    public record Named(long id, String name) {
    }

    /** A camp's host villages: named as hosts, or owning a site one of its tasks is at. */
    private static final String VILLAGE_IDS = """
            select village_id from camp_host_village where camp_id = c.id
            union select s.village_id from task t join site s on s.id = t.site_id where t.camp_id = c.id""";

    private final JdbcClient jdbc;

    FeedSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Heading> heading(FeedSubject feed) {
        String subjectName = switch (feed.kind()) {
            case PARTICIPANT -> "(select nickname from participant where id = ? and camp_id = c.id)";
            case VILLAGE -> "(select name from host_village where id = ? and id in (" + VILLAGE_IDS + "))";
            case HOUSE -> "(select name from house where id = ? and camp_id = c.id)";
            case CAMP -> "(select 'organizers' where ? = c.id)";
        };
        return jdbc.sql("select c.name, c.time_zone, " + subjectName + " as subject from camp c where c.id = ?")
                .params(feed.subjectId(), feed.campId())
                .query((rs, row) -> rs.getString("subject") == null ? null
                        : new Heading(title(feed, rs.getString("name"), rs.getString("subject")),
                                ZoneId.of(rs.getString("time_zone"))))
                .optional();
    }

    public List<Named> villages(long campId) {
        return jdbc.sql("select v.id, v.name from camp c join host_village v on v.id in (" + VILLAGE_IDS + ")"
                        + " where c.id = ? order by v.name, v.id")
                .param(campId)
                .query((rs, row) -> new Named(rs.getLong("id"), rs.getString("name"))).list();
    }

    public List<Named> houses(long campId) {
        return jdbc.sql("select id, name from house where camp_id = ? order by name, id").param(campId)
                .query((rs, row) -> new Named(rs.getLong("id"), rs.getString("name"))).list();
    }

    private static String title(FeedSubject feed, String camp, String subject) {
        return feed.kind() == FeedKind.CAMP ? camp + " (organizers)" : title(camp, subject);
    }

    /** The calendar name of a feed about one participant, village or house of a camp. */
    public static String title(String camp, String subject) {
        return camp + " – " + subject;
    }
}
