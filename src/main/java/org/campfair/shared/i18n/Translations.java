package org.campfair.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a person reads, in Japanese, English or Korean, from the bundles
 * {@code i18n/messages*.properties}. Vaadin views reach it through {@code getTranslation};
 * mail and calendar code call {@link #text} with the recipient's language. English is the
 * fallback for any other language, and a missing key shows as {@code !key!} instead of
 * failing the page ({@code TranslationsTest} keeps the three bundles complete).
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KOREAN = Locale.KOREAN;

    /** The languages a person may choose, English first so that other browsers get English. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, JAPANESE, KOREAN);

    static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(locale, key, params);
    }

    /** The text for {@code key} in the language of {@code locale}, with {@code {0}}-style arguments filled in. */
    public static String text(Locale locale, String key, Object... params) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            log.warn("No translation for key {} in {}", key, locale.getLanguage());
            return "!" + key + "!";
        }
        if (params.length == 0) {
            return pattern;
        }
        params = readable(locale, params);
        if ("ko".equals(language(locale.toLanguageTag()).getLanguage())) {
            pattern = KoreanParticles.choose(pattern, params);
        }
        return new MessageFormat(pattern, locale).format(params);
    }

    /**
     * Days and times handed in as arguments, written as the language writes them: a
     * {@code MessageFormat} would print them in ISO form ("2027-11-01", "09:00:30").
     */
    private static Object[] readable(Locale locale, Object[] params) {
        Object[] shown = params.clone();
        for (int i = 0; i < shown.length; i++) {
            switch (shown[i]) {
                case LocalDate day -> shown[i] = DateFormats.of(locale).dayWithYear(day);
                case LocalTime time -> shown[i] = DateFormats.of(locale).time(time);
                case LocalDateTime moment -> shown[i] = DateFormats.of(locale).dateTime(moment);
                case null, default -> { }
            }
        }
        return shown;
    }

    /** The supported language closest to a stored language tag such as "ja" or "ko-KR"; English otherwise. */
    public static Locale language(String tag) {
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(ENGLISH);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, language(locale.toLanguageTag()), NO_SYSTEM_FALLBACK);
    }
}
