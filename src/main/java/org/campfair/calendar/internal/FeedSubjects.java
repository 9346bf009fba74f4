package org.campfair.calendar.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.FeedSubject;
import org.campfair.shared.i18n.Translations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a feed is about, looked up in one query: its calendar name and the camp's time zone,
 * or nothing when the subject is gone or belongs to another camp (its feed then answers 404).
 */
@Component
public class FeedSubjects {

    /**
     * The heading of a feed: its calendar name, the zone all its times are in, and the
     * language of its owner (the participant's for their feed, the camp's for the others).
     */
    public record Heading(String name, ZoneId zone, Locale language) {
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
            case PARTICIPANT -> "(select nickname from participant where id = :subject and camp_id = c.id)";
            case VILLAGE -> "(select name from host_village where id = :subject and id in (" + VILLAGE_IDS + "))";
            case HOUSE -> "(select name from house where id = :subject and camp_id = c.id)";
            case CAMP -> "(select 'organizers' where :subject = c.id)";
        };
        String language = feed.kind() == FeedKind.PARTICIPANT
                ? "(select language from participant where id = :subject)" : "c.language";
        return jdbc.sql("select c.name, c.time_zone, " + subjectName + " as subject, " + language
                        + " as language from camp c where c.id = :camp")
                .param("subject", feed.subjectId()).param("camp", feed.campId())
                .query((rs, row) -> {
                    if (rs.getString("subject") == null) {
                        return null;
                    }
                    Locale owner = Translations.language(rs.getString("language"));
                    return new Heading(title(feed, rs.getString("name"), rs.getString("subject"), owner),
                            ZoneId.of(rs.getString("time_zone")), owner);
                })
                .optional();
    }

    public List<Named> villages(long campId) {
        return jdbc.sql("select v.id, v.name from camp c join host_village v on v.id in (" + VILLAGE_IDS + ")"
                        + " where c.id = ? order by v.name, v.id")
                .param(campId)
                .query((rs, row) -> new Named(rs.getLong("id"), rs.getString("name"))).list();
    }

    /** The camps a host village hosts, the latest first. */
    public List<Named> campsOf(long villageId) {
        return jdbc.sql("select c.id, c.name from camp c where ? in (" + VILLAGE_IDS + ") order by c.starts_on desc, c.id desc")
                .param(villageId)
                .query((rs, row) -> new Named(rs.getLong("id"), rs.getString("name"))).list();
    }

    public List<Named> houses(long campId) {
        return jdbc.sql("select id, name from house where camp_id = ? order by name, id").param(campId)
                .query((rs, row) -> new Named(rs.getLong("id"), rs.getString("name"))).list();
    }

    private static String title(FeedSubject feed, String camp, String subject, Locale language) {
        return feed.kind() == FeedKind.CAMP ? Translations.text(language, "calendar.feed.organizers", camp)
                : title(camp, subject);
    }

    /** The calendar name of a feed about one participant, village or house of a camp. */
    public static String title(String camp, String subject) {
        return camp + " – " + subject;
    }
}
