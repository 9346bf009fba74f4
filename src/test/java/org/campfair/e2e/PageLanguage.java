package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether a page speaks its reader's language: no missing key ({@code !key!}, what the
 * bundles show for one), and on a Japanese or Korean page no English word left in the page's
 * own text. The camp's data (task, site and village names, nicknames) is the organizers'
 * writing, in whatever language they chose, so it is taken out before looking.
 */
final class PageLanguage {

    private static final Pattern MISSING_KEY = Pattern.compile("![A-Za-z][\\w.]*!");
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    /** Not the page's text: the product's name and the language picker's own names. */
    private static final List<String> NOT_TRANSLATED_ON_PURPOSE = List.of("Campfair", "English");

    private PageLanguage() {
    }

    static void assertNoMissingKey(ChromeDriver browser, String page) {
        assertThat(MISSING_KEY.matcher(text(browser)).results().map(m -> m.group()).toList())
                .as("missing translations on the %s page", page).isEmpty();
    }

    /** For a page shown in Japanese or Korean: every word of the page's own text is in that language. */
    static void assertNoEnglish(ChromeDriver browser, JdbcClient jdbc, long campId, String page) {
        assertNoMissingKey(browser, page);
        String text = text(browser);
        for (String data : campData(jdbc, campId)) {
            text = text.replace(data, " ");
        }
        for (String name : NOT_TRANSLATED_ON_PURPOSE) {
            text = text.replace(name, " ");
        }
        assertThat(ENGLISH_WORD.matcher(text).results().map(m -> m.group()).distinct().toList())
                .as("English words left on the %s page", page).isEmpty();
    }

    /** What a reader sees, labels and buttons included (Vaadin slots them into the light DOM). */
    private static String text(ChromeDriver browser) {
        return String.valueOf(browser.executeScript("return document.body.innerText;"));
    }

    /** Longest first, so "Yuzu harvest (riverside grove)" goes before a shorter name inside it. */
    private static List<String> campData(JdbcClient jdbc, long campId) {
        return jdbc.sql("""
                select t.name from task t where t.camp_id = :camp
                union select s.name from site s join task t on t.site_id = s.id where t.camp_id = :camp
                union select v.name from host_village v join site s on s.village_id = v.id
                    join task t on t.site_id = s.id where t.camp_id = :camp
                union select p.nickname from participant p where p.camp_id = :camp""")
                .param("camp", campId).query(String.class).list().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
