package org.campfair.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.campfair.shared.i18n.DateFormats;
import org.campfair.shared.i18n.Translations;

/**
 * Gives Vaadin's date pickers and uploads the texts they draw themselves (month and day
 * names, Today/Cancel, "Upload Files…", "Drop files here", their errors) in the page's
 * language; the web components only know English. Call it where the widget is made; the
 * language switch reloads the page, so each widget is set up once per language.
 */
public final class WidgetLanguage {

    private WidgetLanguage() {
    }

    /**
     * Month and day names, the first day of the week and the date format of the page's
     * language (the form of {@link DateFormats}). Texts a form already set (min/max error
     * messages) are kept, so call this after {@code setI18n}.
     */
    public static DatePicker speak(DatePicker picker) {
        Locale locale = pageLanguage(picker);
        picker.setLocale(locale);
        var i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        // The web component lists weekdays from Sunday; java.time counts from Monday.
        // Shown as the pages write a day, so a picked date reads like the dates around it.
        List<String> formats = DateFormats.of(locale).pickerPatterns();
        var fromSunday = Arrays.stream(DayOfWeek.values()).map(day -> day.plus(6)).toList();
        picker.setI18n(i18n
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setToday(Translations.text(locale, "app.datePicker.today"))
                .setCancel(Translations.text(locale, "app.datePicker.cancel")));
        String weekday = Translations.text(locale, "app.format.pickerWeekday");
        if (!weekday.equals("{0}")) {
            picker.addAttachListener(attach -> picker.getElement().executeJs(WEEKDAY_IN_LANGUAGE, weekday));
        }
        return picker;
    }

    /**
     * Puts the weekday in the page's language around the day the picker writes, and reads the
     * day back with or without it: "2027年11月1日(月)", "2027. 11. 1. (월)". Hand-written because
     * the picker's Flow connector formats with date-fns and no locale, so its weekday token
     * writes English only; the connector's own formats still do the rest. The weekday names
     * are the picker's short ones, set above from java.time, as {@code DateFormats} writes them.
     * Installed around the connector's {@code updateI18n}, which makes new format functions each
     * time the server sends the picker's texts.
     */
    private static final String WEEKDAY_IN_LANGUAGE = """
            const picker = this;
            window.Vaadin.Flow.datepickerConnector.initLazy(picker);
            const connector = picker.$connector;
            connector.weekdayTemplate = $0;
            const escape = text => text.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');
            const decorate = () => {
                const i18n = picker.i18n;
                if (!i18n || !i18n.dateFormats || i18n.withWeekday) {
                    return;
                }
                const template = connector.weekdayTemplate;
                const names = i18n.weekdaysShort;
                const format = i18n.formatDate;
                const parse = i18n.parseDate;
                const shown = new RegExp('^' + escape(template).replace('\\\\{0\\\\}', '(.+?)')
                        .replace('\\\\{1\\\\}', '(?:' + names.map(escape).join('|') + ')') + '$');
                picker.i18n = Object.assign({}, i18n, {
                    withWeekday: true,
                    formatDate: parts => {
                        const day = new Date(2000, parts.month, parts.day);
                        day.setFullYear(parts.year);
                        return template.replace('{0}', format(parts)).replace('{1}', names[day.getDay()]);
                    },
                    parseDate: text => {
                        const match = shown.exec(text.trim());
                        return parse(match ? match[1] : text);
                    }
                });
            };
            if (!connector.weekdayUpdate) {
                const update = connector.updateI18n;
                connector.weekdayUpdate = (locale, i18n) => {
                    update(locale, i18n);
                    decorate();
                };
                connector.updateI18n = connector.weekdayUpdate;
            }
            decorate();
            """;

    /** The upload's buttons, drop hint, progress and error texts in the page's language. */
    public static Upload speak(Upload upload) {
        Locale locale = pageLanguage(upload);
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(Translations.text(locale, "app.upload.dropOne"))
                        .setMany(Translations.text(locale, "app.upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(Translations.text(locale, "app.upload.addOne"))
                        .setMany(Translations.text(locale, "app.upload.addMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(Translations.text(locale, "app.upload.tooManyFiles"))
                        .setFileIsTooBig(Translations.text(locale, "app.upload.fileIsTooBig"))
                        .setIncorrectFileType(Translations.text(locale, "app.upload.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(Translations.text(locale, "app.upload.connecting"))
                                .setStalled(Translations.text(locale, "app.upload.stalled"))
                                .setProcessing(Translations.text(locale, "app.upload.processing"))
                                .setHeld(Translations.text(locale, "app.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(Translations.text(locale, "app.upload.remainingPrefix"))
                                .setUnknown(Translations.text(locale, "app.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(Translations.text(locale, "app.upload.serverUnavailable"))
                                .setUnexpectedServerError(Translations.text(locale, "app.upload.serverError"))
                                .setForbidden(Translations.text(locale, "app.upload.forbidden"))
                                .setFileTooLarge(Translations.text(locale, "app.upload.fileIsTooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(Translations.text(locale, "app.upload.retry"))
                        .setStart(Translations.text(locale, "app.upload.start"))
                        .setRemove(Translations.text(locale, "app.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return upload;
    }

    /** The language of the page the widget is on, or is being made for (views build widgets before attaching). */
    private static Locale pageLanguage(Component widget) {
        Locale locale = widget.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Translations.ENGLISH);
        return Translations.language(locale.toLanguageTag());
    }
}
