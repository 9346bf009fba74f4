package org.campfair.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    /** Literal keys handed to getTranslation(...) or Translations.text(locale, ...) in the main code. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|Translations\\.text\\(\\s*[\\w.()]+,\\s*)\"([a-zA-Z][\\w.-]*)\"");

    /**
     * Dotted literal keys a page hands to its base class, e.g. {@code super("login.join.title",
     * "login.join.done", ...)}: the base class looks them up, so the pattern above never sees them.
     */
    private static final Pattern KEYS_TO_BASE_CLASS = Pattern.compile(
            "super\\(((?:\\s*\"[a-zA-Z][\\w-]*\\.[\\w.-]+\"\\s*,?)+)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    @Test
    void the_three_bundles_have_the_same_keys_and_no_empty_texts() throws IOException {
        Properties english = load("messages.properties");
        for (String other : new String[] {"messages_ja.properties", "messages_ko.properties"}) {
            Properties translated = load(other);
            assertThat(translated.stringPropertyNames()).as(other).isEqualTo(english.stringPropertyNames());
            translated.forEach((key, text) -> assertThat(text.toString()).as(other + " " + key).isNotBlank());
        }
        english.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
    }

    @Test
    void every_key_used_in_the_code_is_in_the_bundles() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
                var toBase = KEYS_TO_BASE_CLASS.matcher(Files.readString(file));
                while (toBase.find()) {
                    QUOTED.matcher(toBase.group(1)).results().forEach(key -> used.add(key.group(1)));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void texts_come_in_the_chosen_language_with_english_for_others() {
        assertThat(Translations.text(Locale.JAPANESE, "app.signOut")).isEqualTo("ログアウト");
        assertThat(Translations.text(Locale.forLanguageTag("ko-KR"), "app.signOut")).isEqualTo("로그아웃");
        assertThat(Translations.text(Locale.GERMAN, "app.signOut")).isEqualTo("Sign out");
        assertThat(Translations.text(Locale.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void stored_language_tags_map_to_a_supported_language() {
        assertThat(Translations.language("ja")).isEqualTo(Locale.JAPANESE);
        assertThat(Translations.language("ko_KR")).isEqualTo(Locale.KOREAN);
        assertThat(Translations.language("fr")).isEqualTo(Locale.ENGLISH);
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void korean_particles_after_a_name_follow_its_last_sound() {
        // 김민준 ends in a consonant, 이지우 in a vowel; Emma and Mark are said 엠마 and 마크, Ken and Tom 켄 and 톰.
        assertThat(Translations.text(Locale.KOREAN, "participant.saved", "김민준")).isEqualTo("김민준을 저장했습니다.");
        assertThat(Translations.text(Locale.KOREAN, "participant.saved", "이지우")).isEqualTo("이지우를 저장했습니다.");
        assertThat(Translations.text(Locale.KOREAN, "participant.saved", "Emma")).isEqualTo("Emma를 저장했습니다.");
        assertThat(Translations.text(Locale.KOREAN, "participant.saved", "Ken")).isEqualTo("Ken을 저장했습니다.");
        assertThat(Translations.text(Locale.KOREAN, "roster.explain.buddiesHouse", "Tom", "Mark", "Yuzu House"))
                .startsWith("친구 Tom과 Mark는 ");
        assertThat(Translations.text(Locale.KOREAN, "participant.saved", "🌱"))
                .as("what cannot be told keeps both forms").isEqualTo("🌱을(를) 저장했습니다.");
        assertThat(Translations.text(Locale.JAPANESE, "participant.saved", "Emma")).doesNotContain("(");
    }
}
