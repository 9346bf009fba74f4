package org.campfair.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedLinks;
import org.campfair.calendar.FeedSubject;
import org.campfair.calendar.FeedTokenService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@CampfairIntegrationTest
@WithUserDetails("host")
class VillageFeedLinkTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    FeedLinks links;
    @Autowired
    FeedTokenService tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    @Test
    void aHostSeesTheirVillagesFeedOfEachCampItHostsAndCanReplaceIt() {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        jdbc.sql("update camp set status = 'PUBLISHED' where id = ?").param(campId).update();
        long draftId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        long villageId = jdbc.sql("select village_id from camp_host_village where camp_id = ?").param(campId)
                .query(Long.class).list().getFirst();

        var component = new VillageFeedLink(links, villageId);

        var feed = FeedSubject.village(campId, villageId);
        assertThat(component.feeds.getGenericDataView().getItems()).contains(feed)
                .as("a draft camp's feed is not offered yet").doesNotContain(FeedSubject.village(draftId, villageId));
        assertThat(component.getChildren()).contains(component.feeds).doesNotContain(component.none);
        String oldLink = component.feeds.linkOf(feed).path();
        assertThat(tokens.subjectOf(token(oldLink))).contains(feed);

        component.feeds.reissue(component.feeds.linkOf(feed));

        String newLink = component.feeds.linkOf(feed).path();
        assertThat(newLink).isNotEqualTo(oldLink);
        assertThat(tokens.subjectOf(token(oldLink))).isEmpty();
        assertThat(tokens.subjectOf(token(newLink))).contains(feed);
    }

    @Test
    void aVillageThatHostsNoCampSaysSo() {
        long lonely = jdbc.sql("insert into host_village (name) values ('Lonely village') returning id")
                .query(Long.class).single();

        String lonelyHost = "lonely-host-" + lonely;
        accounts.create(lonelyHost, "a-good-long-password", Role.HOST, null, lonely);
        var component = SignIn.as(lonelyHost, Role.HOST, () -> new VillageFeedLink(links, lonely));

        assertThat(component.getChildren()).contains(component.none).doesNotContain(component.feeds);
        assertThat(component.none.getText()).isEqualTo("Your village does not host a camp yet.");
    }

    private static String token(String link) {
        return link.substring("/feeds/".length(), link.length() - ".ics".length());
    }
}
