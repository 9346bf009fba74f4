package org.campfair.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.PublishedSampleCamp;
import org.campfair.shared.security.ApiTokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The main pages of a published sample camp in Japanese, English and Korean, read as a person
 * sees them (texts, labels, grid cells, choices in lists, every tab): no ISO date
 * (2027-11-01) and no US one (11/1/2027) reaches them, and every date picker shows days in
 * the page's language, as {@link DateFormats} writes them.
 */
@CampfairIntegrationTest
class DatesOnPagesTest extends SpringBrowserlessTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern US_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
    private static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH, Locale.KOREAN);
    private static final int ROWS_READ = 40;

    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokenService tokens;

    @Test
    @WithUserDetails("organizer")
    void theOrganizersPagesWriteDatesInTheirLanguage() {
        var published = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        long camp = published.campId();
        tokens.create("dates on pages", Duration.ofDays(30));
        assertReadable(published.firstDay(), List.of("camps", "camps/new", "camps/" + camp + "/settings", "camps/" + camp + "/tasks",
                "camps/" + camp + "/houses", "camps/" + camp + "/participants", "camps/" + camp + "/roster",
                "camps/" + camp + "/roster/priorities", "camps/" + camp + "/calendars", "camps/" + camp + "/today",
                "import", "backups", "check-in", "me/account", "me/api-tokens"));
    }

    @Test
    @WithUserDetails("participant")
    void theParticipantsPagesWriteDatesInTheirLanguage() {
        var published = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        assertReadable(published.firstDay(), List.of("me", "me/preferences", "check-in", "me/account"));
    }

    @Test
    @WithUserDetails("host")
    void theHostsPagesWriteDatesInTheirLanguage() {
        var published = PublishedSampleCamp.publishFor("participant", importer, jdbc);
        assertReadable(published.firstDay(), List.of("village", "village/today", "check-in"));
    }

    @Test
    void theCheckSeesADateInAGridCellOrAChoice() {
        var grid = new Grid<String>();
        grid.addColumn(day -> day);
        grid.setItems("2027-11-01");
        var select = new Select<String>();
        select.setItems("camp");
        select.setItemLabelGenerator(item -> "11/1/2027");
        assertThat(texts(grid)).anyMatch(text -> ISO_DATE.matcher(text).find());
        assertThat(texts(select)).anyMatch(text -> US_DATE.matcher(text).find());
    }

    /** No ISO or US date on the pages, in any language; and the camp's first day read somewhere, as proof that dates were seen. */
    private void assertReadable(LocalDate firstDay, List<String> pages) {
        var found = new LinkedHashMap<String, List<String>>();
        for (Locale language : LANGUAGES) {
            VaadinSession.getCurrent().setLocale(language);
            var dates = DateFormats.of(language);
            var picker = dates.pickerPatterns();
            boolean firstDaySeen = false;
            for (String page : pages) {
                UI.getCurrent().navigate(page);
                var dated = new ArrayList<String>();
                var texts = everyTabsTexts();
                firstDaySeen |= texts.stream().anyMatch(text -> text.contains(dates.day(firstDay)));
                for (String text : texts) {
                    if (ISO_DATE.matcher(text).find() || US_DATE.matcher(text).find()) {
                        dated.add(text.length() > 120 ? text.substring(0, 120) + "…" : text);
                    }
                }
                all(UI.getCurrent()).filter(DatePicker.class::isInstance).map(DatePicker.class::cast)
                        .filter(p -> p.getI18n() == null || !picker.equals(p.getI18n().getDateFormats()))
                        .forEach(p -> dated.add("date picker '" + p.getLabel() + "' in another format: "
                                + (p.getI18n() == null ? "none" : p.getI18n().getDateFormats())));
                if (!dated.isEmpty()) {
                    found.put(language.getLanguage() + " " + page, dated);
                }
            }
            assertThat(firstDaySeen).as("the camp's first day, %s, on one of the pages in %s", dates.day(firstDay),
                    language).isTrue();
        }
        assertThat(found).as("dates a person reads in ISO or US form, per language and page").isEqualTo(Map.of());
    }

    /** The page's texts with each tab of each tab bar shown in turn, since a tab's content is attached only when chosen. */
    private static List<String> everyTabsTexts() {
        var texts = new ArrayList<>(texts(UI.getCurrent()));
        for (Component bar : all(UI.getCurrent()).filter(c -> c instanceof TabSheet || c instanceof Tabs).toList()) {
            int count = bar instanceof TabSheet sheet ? sheet.getTabCount() : ((Tabs) bar).getComponentCount();
            for (int i = 0; i < count; i++) {
                if (bar instanceof TabSheet sheet) {
                    sheet.setSelectedIndex(i);
                } else {
                    ((Tabs) bar).setSelectedIndex(i);
                }
                texts.addAll(texts(UI.getCurrent()));
            }
        }
        return texts;
    }

    /** What a person can read in and under {@code root}: text, labels, hints, grid cells and the choices of lists. */
    private static List<String> texts(Component root) {
        var texts = new ArrayList<String>();
        texts.add(root.getElement().getTextRecursively());
        all(root).forEach(component -> {
            Element element = component.getElement();
            for (String property : List.of("label", "placeholder", "helperText", "errorMessage", "headerTitle", "title")) {
                if (element.getProperty(property) != null) {
                    texts.add(element.getProperty(property));
                }
            }
            Stream.of("title", "aria-label").map(element::getAttribute).filter(a -> a != null).forEach(texts::add);
            switch (component) {
                case Grid<?> grid -> texts.addAll(cells(grid));
                case Select<?> select -> texts.addAll(labels(select));
                case ComboBox<?> box -> texts.addAll(labels(box));
                case MultiSelectComboBox<?> box -> texts.addAll(labels(box));
                default -> { }
            }
        });
        return texts;
    }

    private static <T> List<String> cells(Grid<T> grid) {
        var texts = new ArrayList<String>();
        grid.getColumns().forEach(column -> {
            if (column.getHeaderText() != null) {
                texts.add(column.getHeaderText());
            }
        });
        int rows = grid.getGenericDataView().getItems().limit(ROWS_READ).toList().size();
        for (int row = 0; row < rows; row++) {
            texts.addAll(GridKt._getFormattedRow(grid, row));
        }
        return texts;
    }

    private static <T> List<String> labels(Select<T> select) {
        return select.getGenericDataView().getItems().limit(ROWS_READ).map(select.getItemLabelGenerator()).toList();
    }

    private static <T> List<String> labels(ComboBox<T> box) {
        return box.getGenericDataView().getItems().limit(ROWS_READ).map(box.getItemLabelGenerator()).toList();
    }

    private static <T> List<String> labels(MultiSelectComboBox<T> box) {
        return box.getGenericDataView().getItems().limit(ROWS_READ).map(box.getItemLabelGenerator()).toList();
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DatesOnPagesTest::all));
    }
}
